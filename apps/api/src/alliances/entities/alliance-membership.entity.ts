import type { MembershipStatus } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { Alliance } from './alliance.entity';

@Entity('alliance_memberships')
@Unique(['allianceId', 'organisationId'])
export class AllianceMembership extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 16 })
  status!: MembershipStatus;

  @Column({ type: 'timestamptz' })
  invitedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  joinedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  leftAt!: Date | null;
}
