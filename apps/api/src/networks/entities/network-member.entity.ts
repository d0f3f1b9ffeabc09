import type { NetworkMemberRole } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { School } from '../../organisations/entities/school.entity';
import { User } from '../../organisations/entities/user.entity';
import { NetworkHub } from './network-hub.entity';
import { Network } from './network.entity';

@Entity('network_members')
@Index(['networkId', 'userId'], { unique: true })
export class NetworkMember extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'networkId' })
  network?: Network;

  @Index()
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  role!: NetworkMemberRole;

  /** At most one hub; leaving it empty means the member takes part nationally only. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  hubId!: string | null;

  @ManyToOne(() => NetworkHub, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'hubId' })
  hub?: NetworkHub | null;

  /** The school of the member's organisation they work in, for the directory. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  schoolId!: string | null;

  @ManyToOne(() => School, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'schoolId' })
  school?: School | null;

  @Column({ type: 'uuid', nullable: true })
  addedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'addedByUserId' })
  addedBy?: User | null;
}
