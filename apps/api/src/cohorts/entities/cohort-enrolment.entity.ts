import type { EnrolmentStatus } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { Cohort } from './cohort.entity';

/**
 * One ECT's place in one cohort. Rows are never deleted: withdrawing or transferring closes a row, and a
 * transfer opens a new one in the other cohort that points back to it, so the history stays readable.
 */
@Entity('cohort_enrolments')
@Index('UQ_cohort_enrolments_one_active_cohort_per_year', ['ectUserId', 'academicYear'], { unique: true, where: `status = 'active'` })
@Index('UQ_cohort_enrolments_one_live_enrolment_per_cohort', ['cohortId', 'ectUserId'], { unique: true, where: `status IN ('requested', 'active')` })
@Index(['cohortId', 'status'])
export class CohortEnrolment extends BaseEntity {
  @Column({ type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohortId' })
  cohort?: Cohort;

  /** Copied from the cohort so that one partial unique index can hold the one-cohort-a-year rule. */
  @Column({ type: 'varchar', length: 7 })
  academicYear!: string;

  @Index()
  @Column({ type: 'uuid' })
  ectUserId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ectUserId' })
  ect?: User;

  /** The ECT's organisation when enrolled: its CEO and headteachers follow the ECT's progress. */
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  /** Named when the enrolment becomes active; a request has none yet. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mentorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'mentorUserId' })
  mentor?: User | null;

  @Column({ type: 'varchar', length: 16 })
  status!: EnrolmentStatus;

  @Column({ type: 'timestamptz', nullable: true })
  requestedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  requestNote!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  activatedAt!: Date | null;

  /** Who enrolled the ECT, or approved their request. */
  @Column({ type: 'uuid', nullable: true })
  enrolledByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enrolledByUserId' })
  enrolledBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  withdrawnByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawnByUserId' })
  withdrawnBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  transferredAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  transferReason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  transferredToCohortId!: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'transferredToCohortId' })
  transferredToCohort?: Cohort | null;

  /** On the enrolment a transfer opened: the one it closed. */
  @Column({ type: 'uuid', nullable: true })
  transferredFromEnrolmentId!: string | null;

  @ManyToOne(() => CohortEnrolment, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'transferredFromEnrolmentId' })
  transferredFrom?: CohortEnrolment | null;
}
