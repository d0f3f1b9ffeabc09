import type { AttachmentView } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import { toAttachmentView } from '../files/file-store.service';

/** A need's documents, oldest first, identified by their attachment id (the id in the download route). */
export async function needAttachmentViews(manager: EntityManager, needId: string): Promise<AttachmentView[]> {
  const rows: {
    id: string;
    fileName: string;
    contentType: string;
    sizeBytes: number;
    createdAt: Date;
  }[] = await manager.query(
    `SELECT a.id, f."fileName", f."contentType", f."sizeBytes", f."createdAt"
       FROM need_attachments a JOIN stored_files f ON f.id = a."fileId"
      WHERE a."needId" = $1 ORDER BY f."createdAt", a.id`,
    [needId],
  );
  return rows.map(toAttachmentView);
}
