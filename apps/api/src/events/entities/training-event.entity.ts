import type { EventFormat, Role } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { Cohort } from '../../cohorts/entities/cohort.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';

export type EventStatus = 'scheduled' | 'cancelled';

@Entity('events')
@Index(['allianceId', 'startsAt'])
export class TrainingEvent extends BaseEntity {
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @Index()
  @Column({ type: 'uuid' })
  hostOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hostOrganisationId' })
  hostOrganisation?: Organisation;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text', array: true })
  audience!: Role[];

  @Column({ type: 'varchar', length: 16 })
  format!: EventFormat;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'timestamptz', nullable: true })
  bookingDeadline!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: EventStatus;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** Events created together as several dates of one course share this id. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  seriesId!: string | null;

  /** Set when the event is an ECT cohort's session: only people connected to the cohort see it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId' })
  cohort?: Cohort | null;

  /** Kept in step with the bookings, under the event's row lock, so lists never count rows. */
  @Column({ type: 'int', default: 0 })
  confirmedCount!: number;

  @Column({ type: 'int', default: 0 })
  waitlistCount!: number;
}
