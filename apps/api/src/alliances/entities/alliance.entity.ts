import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';

@Entity('alliances')
export class Alliance extends BaseEntity {
  @Column({ length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  vision!: string;
}
