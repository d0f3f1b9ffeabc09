import { CreateDateColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { StoredFile } from '../../files/entities/stored-file.entity';
import { LibraryResource } from './library-resource.entity';

/**
 * A file attached to a resource now. Removing one deletes this row only: the stored file stays, named in the
 * version row written at that moment, so earlier versions can still be downloaded.
 */
@Entity('library_resource_files')
@Index(['resourceId', 'fileId'], { unique: true })
export class ResourceFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  resourceId!: string;

  @ManyToOne(() => LibraryResource, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resourceId' })
  resource?: LibraryResource;

  @Index()
  @Column({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFile, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'fileId' })
  file?: StoredFile;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
