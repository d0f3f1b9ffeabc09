import type { ReviewStage } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { ReviewFramework } from './review-framework.entity';

@Entity('reviews')
export class Review extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  /** The reviewed trust. */
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  /** The exact framework version the review started with; it cannot be deleted while a review uses it. */
  @Index()
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ReviewFramework, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: ReviewFramework;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  focus!: string;

  @Column({ type: 'date' })
  visitStartDate!: string;

  @Column({ type: 'date' })
  visitEndDate!: string;

  @Column({ type: 'varchar', length: 24, default: 'planning' })
  stage!: ReviewStage;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  selfAssessmentSubmittedAt!: Date | null;

  @Column({ type: 'text', default: '' })
  findingsSummary!: string;

  @Column({ type: 'timestamptz', nullable: true })
  findingsCompletedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;
}
