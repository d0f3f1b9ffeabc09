import type { OrganisationRole } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from './organisation.entity';
import { User } from './user.entity';

@Entity('person_invitations')
export class PersonInvitation extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Index()
  @Column({ length: 254 })
  email!: string;

  @Column({ length: 120 })
  name!: string;

  @Column({ type: 'text', array: true })
  roles!: OrganisationRole[];

  /** SHA-256 of the token in the link; the token itself is only ever in the email. */
  @Index({ unique: true })
  @Column({ length: 64 })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid' })
  invitedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitedByUserId' })
  invitedBy?: User;
}
