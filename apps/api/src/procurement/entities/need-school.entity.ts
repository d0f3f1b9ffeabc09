import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { School } from '../../organisations/entities/school.entity';
import { ProcurementNeed } from './procurement-need.entity';

/** A school of the posting organisation that the need covers. */
@Entity('need_schools')
@Index(['needId', 'schoolId'], { unique: true })
export class NeedSchool extends BaseEntity {
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => ProcurementNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needId' })
  need?: ProcurementNeed;

  @Index()
  @Column({ type: 'uuid' })
  schoolId!: string;

  @ManyToOne(() => School, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schoolId' })
  school?: School;
}
