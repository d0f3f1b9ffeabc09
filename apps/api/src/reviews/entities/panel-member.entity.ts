import type { PanelRole, PanelStatus } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { Review } from './review.entity';

/** A peer invited to a review's panel; only once accepted do they see its content. */
@Entity('review_panel_members')
@Index(['reviewId', 'userId'], { unique: true })
export class PanelMember extends BaseEntity {
  @Column({ type: 'uuid' })
  reviewId!: string;

  @ManyToOne(() => Review, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reviewId' })
  review?: Review;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  role!: PanelRole;

  @Column({ type: 'varchar', length: 16, default: 'invited' })
  status!: PanelStatus;

  @Column({ type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  invitedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'invitedByUserId' })
  invitedBy?: User | null;
}
