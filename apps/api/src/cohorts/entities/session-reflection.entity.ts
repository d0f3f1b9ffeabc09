import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { CohortSession } from './cohort-session.entity';

/** An ECT's private reflection on a session: read by its writer, and by their mentor only when shared. */
@Entity('cohort_session_reflections')
@Index(['sessionId', 'userId'], { unique: true })
export class SessionReflection extends BaseEntity {
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

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'boolean', default: false })
  sharedWithMentor!: boolean;
}
