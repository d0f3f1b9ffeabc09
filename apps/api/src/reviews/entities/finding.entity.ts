import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { FrameworkCriterion } from './framework-criterion.entity';
import { Review } from './review.entity';

/** The panel's finding on one criterion: one per criterion, written together by the panel. */
@Entity('review_findings')
@Index(['reviewId', 'criterionId'], { unique: true })
export class Finding extends BaseEntity {
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

  @Column({ type: 'text', default: '' })
  strengths!: string;

  @Column({ type: 'text', default: '' })
  areasToDevelop!: string;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ type: 'uuid', nullable: true })
  updatedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updatedByUserId' })
  updatedBy?: User | null;
}
