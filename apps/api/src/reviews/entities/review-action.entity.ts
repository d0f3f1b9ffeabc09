import type { ActionStatus } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { Finding } from './finding.entity';
import { Review } from './review.entity';

/** An action the reviewed trust agrees in response to a finding, followed up until done or dropped. */
@Entity('review_actions')
@Index(['reviewId', 'dueDate'])
export class ReviewAction extends BaseEntity {
  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => Review, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewId' })
  review?: Review;

  @Index()
  @Column({ type: 'uuid' })
  findingId!: string;

  @ManyToOne(() => Finding, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'findingId' })
  finding?: Finding;

  @Column({ length: 300 })
  title!: string;

  @Index()
  @Column({ type: 'uuid' })
  ownerUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerUserId' })
  owner?: User;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'varchar', length: 16, default: 'not_started' })
  status!: ActionStatus;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;
}
