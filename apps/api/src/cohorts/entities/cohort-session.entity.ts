import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { TrainingEvent } from '../../events/entities/training-event.entity';
import { User } from '../../organisations/entities/user.entity';
import { Cohort } from './cohort.entity';

/**
 * A cohort session IS a training event (same id): capacity, bookings, the waiting list, cancellations and the
 * calendar feed all come from the events module. This row holds only what a session adds to an event.
 */
@Entity('cohort_sessions')
@Index(['cohortId'])
export class CohortSession {
  @PrimaryColumn({ type: 'uuid' })
  eventId!: string;

  @OneToOne(() => TrainingEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: TrainingEvent;

  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId' })
  cohort?: Cohort;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  facilitatorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'facilitatorUserId' })
  facilitator?: User | null;
}
