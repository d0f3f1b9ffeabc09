import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../core/database/base.entity';
import { StoredFile } from '../../files/entities/stored-file.entity';
import { ProcurementNeed } from './procurement-need.entity';

/** A specification document of a need; served only to people who can see the need. */
@Entity('need_attachments')
export class NeedAttachment extends BaseEntity {
  @Index()
  @Column({ type: 'uuid' })
  needId!: string;

  @ManyToOne(() => ProcurementNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'needId' })
  need?: ProcurementNeed;

  @Index({ unique: true })
  @Column({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'fileId' })
  file?: StoredFile;
}
