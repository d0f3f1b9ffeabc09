import type { CohortAttendance } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { CohortSession } from './cohort-session.entity';

/** The facilitator's register: one record per ECT per session (attended, absent or apologies). */
@Entity('cohort_session_attendance')
@Index(['sessionId', 'userId'], { unique: true })
export class SessionAttendance extends BaseEntity {
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: CohortSession;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  attendance!: CohortAttendance;

  @Column({ type: 'uuid', nullable: true })
  markedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'markedByUserId' })
  markedBy?: User | null;
}
