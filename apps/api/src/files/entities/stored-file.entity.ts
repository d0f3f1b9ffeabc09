import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../organisations/entities/user.entity';

/**
 * An uploaded document, kept in PostgreSQL so that it is backed up, transactional and guarded by the
 * same access checks as the record it belongs to. Each domain links to it from its own table.
 */
@Entity('stored_files')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ length: 200 })
  fileName!: string;

  /** Decided from the file's extension after its first bytes were checked, never taken from the upload. */
  @Column({ length: 120 })
  contentType!: string;

  @Column({ type: 'int' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content?: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedByUserId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploadedByUserId' })
  uploadedBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
