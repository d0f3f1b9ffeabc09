import type { ResourceLink } from '@alliance/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { User } from '../../organisations/entities/user.entity';
import { LibraryResource } from './library-resource.entity';

/** The content of a resource as it was before an edit replaced it. */
@Entity('library_resource_versions')
@Index(['resourceId', 'version'], { unique: true })
export class ResourceVersion extends BaseEntity {
  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resourceId' })
  resource?: LibraryResource;

  @Column({ type: 'int' })
  version!: number;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  whatWorked!: string;

  @Column({ type: 'text' })
  whatDidNotWork!: string;

  @Column({ type: 'jsonb', default: [] })
  links!: ResourceLink[];

  /** Ids of the files the version had; filled once the shared files module attaches files to resources. */
  @Column({ type: 'uuid', array: true, default: '{}' })
  fileIds!: string[];

  @Index()
  @Column({ type: 'uuid', nullable: true })
  replacedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replacedByUserId' })
  replacedBy?: User | null;
}
