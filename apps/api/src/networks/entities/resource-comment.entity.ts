import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { Organisation } from '../../organisations/entities/organisation.entity';
import { User } from '../../organisations/entities/user.entity';
import { LibraryResource } from './library-resource.entity';

@Entity('library_comments')
@Index(['resourceId', 'createdAt'])
export class ResourceComment extends BaseEntity {
  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resourceId' })
  resource?: LibraryResource;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'authorUserId' })
  author?: User | null;

  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisationId' })
  organisation?: Organisation;

  @Column({ type: 'text' })
  body!: string;
}
