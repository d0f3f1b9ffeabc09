import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { penceTransformer } from './pence.transformer';
import { ProcurementNeed } from './procurement-need.entity';

/** One organisation's interest in a need; withdrawing deletes it (the audit log keeps the history). */
@Entity('interests')
@Index(['needId', 'organisationId'], { unique: true })
export class NeedInterest extends BaseEntity {
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => ProcurementNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needId' })
  need?: ProcurementNeed;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'uuid', nullable: true })
  expressedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'expressedByUserId' })
  expressedBy?: User | null;

  /** Schools of the interested organisation, checked against its own schools when saved. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  schoolIds!: string[];

  @Column({ type: 'bigint', nullable: true, transformer: penceTransformer })
  estimatedValuePence!: number | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;
}
