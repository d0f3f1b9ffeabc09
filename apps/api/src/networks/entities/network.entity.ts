import type { NetworkKind } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Alliance } from '../../alliances/entities/alliance.entity';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';

/** A subject network or leadership group of one alliance. Its leads are members with role `lead`. */
@Entity('networks')
@Index(['allianceId', 'name'])
export class Network extends BaseEntity {
  @Column({ type: 'uuid' })
  allianceId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @Column({ length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: NetworkKind;

  @Column({ type: 'text', array: true, default: '{}' })
  subjectTags!: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  phaseTags!: string[];

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ type: 'text', default: '' })
  expectations!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;
}
