import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { StoredFile } from '../../files/entities/stored-file.entity';
import { User } from '../../organisations/entities/user.entity';
import { CohortSession } from './cohort-session.entity';

/** A link, or a file uploaded through the files module's FileStore. */
@Entity('cohort_session_materials')
export class SessionMaterial extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  sessionId!: string;

  @ManyToOne(() => CohortSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId' })
  session?: CohortSession;

  @Column({ length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  url!: string | null;

  /** Indexed: deleting a stored file cascades here, and removing a material asks whether anything else still names its file. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  storedFileId!: string | null;

  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'storedFileId' })
  storedFile?: StoredFile | null;

  @Column({ type: 'uuid' })
  addedByUserId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'addedByUserId' })
  addedBy?: User;
}
