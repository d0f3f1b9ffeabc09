import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';
import { Alliance } from './alliance.entity';

/** Who runs which alliance: the coordinator role alone grants nothing without a row here. */
@Entity('alliance_coordinators')
export class AllianceCoordinator {
  @PrimaryColumn({ type: 'uuid' })
  allianceId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => Alliance, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'allianceId' })
  alliance?: Alliance;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;
}
