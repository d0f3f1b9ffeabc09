import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';
import { ReviewAction } from './review-action.entity';

/** A progress note on an action; notes are only ever added. */
@Entity('review_action_notes')
@Index(['actionId', 'createdAt'])
export class ActionNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  actionId!: string;

  @ManyToOne(() => ReviewAction, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'actionId' })
  action?: ReviewAction;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorUserId' })
  author?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
