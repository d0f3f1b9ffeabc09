import type { NeedStatus, ProcurementCategory, RouteToMarket } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { penceTransformer } from './pence.transformer';

@Entity('procurement_needs')
@Index(['allianceId', 'closingDate'])
export class ProcurementNeed extends BaseEntity {
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  /** The posting organisation: only its people edit and move the need. */
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 32 })
  category!: ProcurementCategory;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'bigint', transformer: penceTransformer })
  estimatedAnnualValuePence!: number;

  @Column({ type: 'date', nullable: true })
  contractEndDate!: string | null;

  @Column({ type: 'date' })
  closingDate!: string;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: NeedStatus;

  @Column({ type: 'varchar', length: 32, default: 'undecided' })
  routeToMarket!: RouteToMarket;

  @Column({ type: 'varchar', length: 200, nullable: true })
  awardedSupplier!: string | null;

  @Column({ type: 'date', nullable: true })
  contractStartDate!: string | null;

  @Column({ type: 'int', nullable: true })
  contractLengthMonths!: number | null;

  @Column({ type: 'bigint', nullable: true, transformer: penceTransformer })
  savingPence!: number | null;

  @Column({ type: 'text', nullable: true })
  savingMethod!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  statusChangedAt!: Date | null;
}
