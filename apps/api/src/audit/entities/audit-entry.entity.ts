import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: never updated, so no updatedAt. Foreign keys are soft so entries outlive what they describe. */
@Entity('audit_entries')
@Index(['allianceId', 'occurredAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @Column({ length: 80 })
  action!: string;

  @Column({ length: 80 })
  entityType!: string;

  @Index()
  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb', default: {} })
  changes!: Record<string, unknown>;
}
