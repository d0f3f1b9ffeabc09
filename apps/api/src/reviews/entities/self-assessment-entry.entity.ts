import type { EvidenceLink } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { FrameworkCriterion } from './framework-criterion.entity';
import { Review } from './review.entity';

/** The reviewed trust's view of itself against one criterion. */
@Entity('review_self_assessments')
@Index(['reviewId', 'criterionId'], { unique: true })
export class SelfAssessmentEntry extends BaseEntity {
  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => Review, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewId' })
  review?: Review;

  @Index()
  @Column({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => FrameworkCriterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterionId' })
  criterion?: FrameworkCriterion;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'text', default: '' })
  narrative!: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidenceLinks!: EvidenceLink[];

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedByUserId' })
  updatedBy?: User | null;
}
