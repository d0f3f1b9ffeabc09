import type { MeetingKind } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { NetworkHub } from './network-hub.entity';
import { Network } from './network.entity';

/** A national meeting of the whole network, or a meeting of one hub (seen only by that hub's members and the leads). */
@Entity('network_meetings')
@Index(['networkId', 'startsAt'])
export class NetworkMeeting extends BaseEntity {
  @Column({ type: 'uuid' })
  networkId!: string;

  @ManyToOne(() => Network, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'networkId' })
  network?: Network;

  @Column({ type: 'varchar', length: 16 })
  kind!: MeetingKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  hubId!: string | null;

  @ManyToOne(() => NetworkHub, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'hubId' })
  hub?: NetworkHub | null;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'timestamptz' })
  startsAt!: Date;

  @Column({ type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineUrl!: string | null;

  @Column({ type: 'text', default: '' })
  agenda!: string;

  @Column({ type: 'text', default: '' })
  notes!: string;

  @Column({ type: 'text', array: true, default: '{}' })
  decisions!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  notesRecordedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status!: 'scheduled' | 'cancelled';

  @Index()
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'createdByUserId' })
  createdBy?: User | null;
}
