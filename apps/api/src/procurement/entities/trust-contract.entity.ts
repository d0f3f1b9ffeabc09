import type { ProcurementCategory } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { penceTransformer } from './pence.transformer';

/** A contract a trust holds today: private to the trust; the alliance sees it only inside anonymous radar totals. */
@Entity('trust_contracts')
@Index(['organisationId', 'endDate'])
@Index(['endDate'])
export class TrustContract extends BaseEntity {
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 32 })
  category!: ProcurementCategory;

  @Column({ length: 200 })
  supplier!: string;

  @Column({ type: 'bigint', transformer: penceTransformer })
  annualValuePence!: number;

  @Column({ type: 'date' })
  endDate!: string;

  /** Schools of the trust the contract covers, checked against its own schools when saved. */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` })
  schoolIds!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;
}
