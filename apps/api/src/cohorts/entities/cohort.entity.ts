import type { InductionYear, SessionBookingMode } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';

@Entity('cohorts')
@Index(['allianceId', 'academicYear'])
export class Cohort extends BaseEntity {
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @Column({ length: 200 })
  name!: string;

  /** "2026/27". */
  @Column({ type: 'varchar', length: 7 })
  academicYear!: string;

  @Column({ type: 'smallint' })
  inductionYear!: InductionYear;

  @Column({ type: 'varchar', length: 100 })
  region!: string;

  @Index()
  @Column({ type: 'uuid' })
  facilitatingOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facilitatingOrganisationId' })
  facilitatingOrganisation?: Organisation;

  @Column({ type: 'uuid' })
  createdByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User;

  /** The most active enrolments the cohort takes; checked under the cohort's row lock. */
  @Column({ type: 'int' })
  capacity!: number;

  @Column({ type: 'varchar', length: 16 })
  sessionBooking!: SessionBookingMode;
}
