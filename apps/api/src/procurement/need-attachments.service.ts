import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AttachmentView, NEED_MAX_ATTACHMENTS, SessionUser } from '@alliance/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { FileStore, toAttachmentView } from '../files/file-store.service';
import type { UploadedDocument } from '../files/upload.interceptor';
import { NeedAttachment } from './entities/need-attachment.entity';
import { ProcurementService } from './procurement.service';

const ATTACHMENT_NOT_FOUND = 'We could not find that document.';

/** Specification documents of a need: the posting organisation adds and removes them; everyone who can see the need downloads them. */
@Injectable()
export class NeedAttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: ProcurementService,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
  ) {}

  async upload(user: SessionUser, needId: string, upload: UploadedDocument): Promise<AttachmentView> {
    await this.needs.findVisible(user, needId);
    return this.dataSource.transaction(async (manager) => {
      const need = await this.needs.lockForOwner(manager, user, needId);
      if (need.status !== 'draft' && need.status !== 'open') throw new ConflictException(`This need is ${need.status}, so its documents can no longer change.`);
      const count = await manager.countBy(NeedAttachment, { needId });
      if (count >= NEED_MAX_ATTACHMENTS) throw new ConflictException(`A need can have up to ${NEED_MAX_ATTACHMENTS} documents. Remove one before adding another.`);
      const file = await this.files.save(manager, user, upload);
      const attachment = await manager.save(manager.create(NeedAttachment, { needId, fileId: file.id }));
      await this.audit.record(manager, user, {
        action: 'procurement_attachment.added',
        entityType: 'procurement_need',
        entityId: needId,
        allianceId: need.allianceId,
        changes: {
          fileName: file.fileName,
          sizeBytes: file.sizeBytes,
          sha256: file.sha256,
        },
      });
      return { ...toAttachmentView(file), id: attachment.id };
    });
  }

  async download(user: SessionUser, needId: string, attachmentId: string, response: Response): Promise<void> {
    await this.needs.findVisible(user, needId);
    const attachment = await this.dataSource.getRepository(NeedAttachment).findOneBy({ id: attachmentId, needId });
    if (!attachment) throw new NotFoundException(ATTACHMENT_NOT_FOUND);
    await this.files.send(response, attachment.fileId);
  }

  async remove(user: SessionUser, needId: string, attachmentId: string): Promise<void> {
    await this.needs.findVisible(user, needId);
    await this.dataSource.transaction(async (manager) => {
      const need = await this.needs.lockForOwner(manager, user, needId);
      const attachment = await manager.findOneBy(NeedAttachment, {
        id: attachmentId,
        needId,
      });
      if (!attachment) throw new NotFoundException(ATTACHMENT_NOT_FOUND);
      if (need.status !== 'draft' && need.status !== 'open') throw new ConflictException(`This need is ${need.status}, so its documents can no longer change.`);
      const [file]: { fileName: string }[] = await manager.query(`SELECT "fileName" FROM stored_files WHERE id = $1`, [attachment.fileId]);
      await manager.delete(NeedAttachment, attachment.id);
      await this.files.remove(manager, attachment.fileId);
      await this.audit.record(manager, user, {
        action: 'procurement_attachment.removed',
        entityType: 'procurement_need',
        entityId: needId,
        allianceId: need.allianceId,
        changes: { fileName: file?.fileName ?? null },
      });
    });
  }
}
