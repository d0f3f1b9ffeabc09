import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { ProcurementNeed } from './procurement-need.entity';

@Entity('need_questions')
@Index(['needId', 'pinned', 'createdAt'])
export class NeedQuestion extends BaseEntity {
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => ProcurementNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needId' })
  need?: ProcurementNeed;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  askedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'askedByUserId' })
  askedBy?: User | null;

  @Column({ type: 'uuid' })
  askedByOrganisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'askedByOrganisationId' })
  askedByOrganisation?: Organisation;

  @Column({ type: 'text' })
  question!: string;

  @Column({ type: 'text', nullable: true })
  answer!: string | null;

  @Column({ type: 'uuid', nullable: true })
  answeredByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'answeredByUserId' })
  answeredBy?: User | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;
}
