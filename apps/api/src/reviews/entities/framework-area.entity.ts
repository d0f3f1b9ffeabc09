import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { ReviewFramework } from './review-framework.entity';

@Entity('review_framework_areas')
@Index(['frameworkId', 'position'], { unique: true })
export class FrameworkArea extends BaseEntity {
  @Column({ type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => ReviewFramework, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'frameworkId' })
  framework?: ReviewFramework;

  @Column({ type: 'int' })
  position!: number;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;
}
