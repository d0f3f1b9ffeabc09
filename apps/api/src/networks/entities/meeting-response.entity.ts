import type { MeetingAttendance, RsvpResponse } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { NetworkMeeting } from './network-meeting.entity';

/** One person and one meeting: their RSVP, and afterwards the attendance a lead marked (either may be missing). */
@Entity('meeting_responses')
@Index(['meetingId', 'userId'], { unique: true })
export class MeetingResponse extends BaseEntity {
  @Column({ type: 'uuid' })
  meetingId!: string;

  @ManyToOne(() => NetworkMeeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meetingId' })
  meeting?: NetworkMeeting;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 16, nullable: true })
  rsvp!: RsvpResponse | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  attendance!: MeetingAttendance | null;

  @Column({ type: 'timestamptz', nullable: true })
  attendanceMarkedAt!: Date | null;
}
