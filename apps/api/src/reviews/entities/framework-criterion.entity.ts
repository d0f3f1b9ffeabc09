import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { FrameworkArea } from './framework-area.entity';
import { ReviewFramework } from './review-framework.entity';

/** A criterion with its four descriptors, one for each rating from 1 to 4. */
@Entity('review_framework_criteria')
@Index(['areaId', 'position'], { unique: true })
export class FrameworkCriterion extends BaseEntity {
  /** Denormalised from the area so that "is this criterion in the review's framework?" is one indexed lookup. */
  @Index()
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ReviewFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: ReviewFramework;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => FrameworkArea, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'areaId' })
  area?: FrameworkArea;

  @Column({ type: 'int' })
  position!: number;

  @Column({ length: 300 })
  title!: string;

  @Column({ type: 'text', array: true })
  descriptors!: string[];
}
