import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { StoredFile } from '../../files/entities/stored-file.entity';
import { FrameworkCriterion } from './framework-criterion.entity';
import { Review } from './review.entity';

/** A document the reviewed trust offers as evidence for a criterion; served only to those who see the review's content. */
@Entity('review_evidence_files')
@Index(['reviewId', 'criterionId'])
export class EvidenceFile extends BaseEntity {
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

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fileId' })
  file?: StoredFile;
}
