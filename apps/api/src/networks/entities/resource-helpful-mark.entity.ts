import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';
import { LibraryResource } from './library-resource.entity';

/** "This helped me": one per person per resource, so the key is the pair. */
@Entity('library_helpful_marks')
export class ResourceHelpfulMark {
  @PrimaryColumn({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resourceId' })
  resource?: LibraryResource;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  markedAt!: Date;
}
