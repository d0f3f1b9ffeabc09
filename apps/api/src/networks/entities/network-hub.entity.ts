import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { Network } from './network.entity';

/** A regional hub of a network: its members meet in person. */
@Entity('network_hubs')
@Index(['networkId', 'name'], { unique: true })
export class NetworkHub extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'networkId' })
  network?: Network;

  @Column({ length: 120 })
  name!: string;

  @Column({ length: 100 })
  region!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  hubLeadUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hubLeadUserId' })
  hubLead?: User | null;
}
