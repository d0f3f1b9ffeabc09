import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';

export type OutboxStatus = 'pending' | 'sent' | 'failed';

@Entity('outbox_messages')
@Index(['status', 'nextAttemptAt'])
export class OutboxMessage extends BaseEntity {
  @Column({ length: 254 })
  to!: string;

  @Column({ length: 300 })
  subject!: string;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: OutboxStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
