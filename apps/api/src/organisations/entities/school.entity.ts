import type { SchoolPhase } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from './organisation.entity';

@Entity('schools')
export class School extends BaseEntity {
  @Index({ unique: true })
  @Column({ length: 16 })
  urn!: string;

  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  phase!: SchoolPhase;

  @Column({ type: 'varchar', length: 100, nullable: true })
  localAuthority!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  region!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  postcode!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: 'open' | 'closed';

  /** GIAS "TypeOfEstablishment", e.g. Academy converter. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  establishmentType!: string | null;

  @Column({ type: 'date', nullable: true })
  openedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  closedOn!: string | null;

  /** When a GIAS import last changed this school; null for schools added by hand. */
  @Column({ type: 'timestamptz', nullable: true })
  giasUpdatedAt!: Date | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => Organisation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;
}
