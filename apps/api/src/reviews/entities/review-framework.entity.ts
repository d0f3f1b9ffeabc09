import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';

/**
 * One version of a review framework. A version that a review uses never changes: editing it makes the next
 * version in the same family, so every review keeps the exact framework it started with.
 */
@Entity('review_frameworks')
@Index(['familyId', 'version'], { unique: true })
export class ReviewFramework extends BaseEntity {
  /** The first version's id, shared by every version of this framework. */
  @Column({ type: 'uuid' })
  familyId!: string;

  @Column({ type: 'int' })
  version!: number;

  /** Null for the platform's frameworks; otherwise the alliance whose coordinator copied it. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  allianceId!: string | null;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance | null;

  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** False once a newer version of the family exists. */
  @Column({ type: 'boolean', default: true })
  isCurrent!: boolean;

  /** The framework this family was copied from, if any. */
  @Column({ type: 'uuid', nullable: true })
  copiedFromId!: string | null;

  @ManyToOne(() => ReviewFramework, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'copiedFromId' })
  copiedFrom?: ReviewFramework | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;
}
