import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { FrameworkCriterion } from './framework-criterion.entity';
import { Review } from './review.entity';

/**
 * A criterion that the panel rated highly, published by the reviewed trust to its alliance in one line of its own
 * words. The review, its rating and its findings stay confidential; only this line, the criterion's title and the
 * rating band are shown to the alliance, and only while the finding still rates it highly.
 */
@Entity('review_excellence_areas')
@Index(['reviewId', 'criterionId'], { unique: true })
export class ExcellenceArea extends BaseEntity {
  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => Review, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewId' })
  review?: Review;

  @Column({ type: 'uuid' })
  criterionId!: string;

  @ManyToOne(() => FrameworkCriterion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterionId' })
  criterion?: FrameworkCriterion;

  /** Denormalised from the review: the alliance's directory is read by this index. */
  @Index()
  @Column({ type: 'uuid' })
  allianceId!: string;

  @Column({ length: 200 })
  statement!: string;

  @Column({ type: 'uuid', nullable: true })
  publishedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'publishedByUserId' })
  publishedBy?: User | null;
}
