import type { ProcurementCategory } from '@alliance/contracts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';

/** A person who wants an email when a need in this category opens in one of their alliances. */
@Entity('procurement_category_follows')
@Index(['category'])
export class CategoryFollow {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  category!: ProcurementCategory;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
