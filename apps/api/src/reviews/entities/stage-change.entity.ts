import type { ReviewStage } from '@alliance/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';
import { Review } from './review.entity';

/** One move of a review between stages; never changed once written. */
@Entity('review_stage_changes')
@Index(['reviewId', 'changedAt'])
export class StageChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => Review, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewId' })
  review?: Review;

  /** Null for the review's creation. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  fromStage!: ReviewStage | null;

  @Column({ type: 'varchar', length: 24 })
  toStage!: ReviewStage;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'uuid', nullable: true })
  changedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'changedByUserId' })
  changedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  changedAt!: Date;
}
