import type { Role } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from './organisation.entity';

@Entity('users')
export class User extends BaseEntity {
  /** Always stored lower-cased. */
  @Index({ unique: true })
  @Column({ length: 254 })
  email!: string;

  @Column({ length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 200, select: false })
  passwordHash!: string;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'timestamptz', nullable: true })
  lastSignedInAt!: Date | null;

  /** The secret in the person's calendar subscription link; created when first asked for. */
  @Index({ unique: true, where: '"calendarToken" IS NOT NULL' })
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  calendarToken!: string | null;
}
