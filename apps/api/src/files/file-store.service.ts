import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AttachmentView, SessionUser } from '@alliance/contracts';
import type { Response } from 'express';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { StoredFile } from './entities/stored-file.entity';
import { inspectUpload } from './file-inspection';
import type { UploadedDocument } from './upload.interceptor';

@Injectable()
export class FileStore {
  constructor(private readonly dataSource: DataSource) {}

  /** Checks the upload and stores it in the caller's transaction; 400 with the reason when it is not acceptable. */
  async save(manager: EntityManager, user: SessionUser, upload: UploadedDocument): Promise<StoredFile> {
    const inspection = inspectUpload(upload.originalname, upload.buffer);
    if (inspection.error !== undefined) throw new BadRequestException(inspection.error);
    const file = manager.create(StoredFile, {
      fileName: inspection.fileName,
      contentType: inspection.kind.contentType,
      sizeBytes: upload.buffer.length,
      sha256: createHash('sha256').update(upload.buffer).digest('hex'),
      content: upload.buffer,
      uploadedByUserId: user.id,
    });
    const saved = await manager.save(file);
    delete saved.content;
    return saved;
  }

  async remove(manager: EntityManager, fileId: string): Promise<void> {
    await manager.delete(StoredFile, fileId);
  }

  /**
   * Sends the file as a download. The caller must already have checked that the person may see it.
   * The headers stop a browser from rendering it in our origin, whatever it contains.
   */
  async send(response: Response, fileId: string): Promise<void> {
    const file = await this.dataSource.getRepository(StoredFile).createQueryBuilder('file').addSelect('file.content').where('file.id = :fileId', { fileId }).getOne();
    if (!file?.content) throw new NotFoundException('That file does not exist.');
    response.set({
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'Content-Disposition': `attachment; filename="${asciiFallback(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-cache',
      ETag: `"${file.sha256}"`,
    });
    response.end(file.content);
  }
}

export function toAttachmentView(file: Pick<StoredFile, 'id' | 'fileName' | 'contentType' | 'sizeBytes' | 'createdAt'>): AttachmentView {
  return {
    id: file.id,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.sizeBytes,
    uploadedAt: file.createdAt.toISOString(),
  };
}

function asciiFallback(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
}
