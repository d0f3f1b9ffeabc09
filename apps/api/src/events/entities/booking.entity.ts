import type { Attendance, BookingStatus } from '@alliance/contracts';
import { Column, Entity, Generated, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { TrainingEvent } from './training-event.entity';

@Entity('bookings')
@Index('UQ_bookings_one_live_booking_per_person', ['eventId', 'userId'], { unique: true, where: `status <> 'cancelled'` })
@Index(['eventId', 'status', 'queueNumber'])
export class Booking extends BaseEntity {
  @Column({ type: 'uuid' })
  eventId!: string;

  @ManyToOne(() => TrainingEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'eventId' })
  event?: TrainingEvent;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'uuid', nullable: true })
  bookedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'bookedByUserId' })
  bookedBy?: User | null;

  @Column({ type: 'varchar', length: 16 })
  status!: BookingStatus;

  /** Taken while the event row is locked, so it orders the waiting list exactly as bookings arrived. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  queueNumber!: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  attendance!: Attendance | null;

  @Column({ type: 'timestamptz', nullable: true })
  attendanceMarkedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt!: Date | null;
}
