import { Injectable } from '@nestjs/common';
import type { ResourceFileView } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { toAttachmentView } from '../files/file-store.service';

/** The files of library resources: attached now (library_resource_files), and named by id in version rows. */
@Injectable()
export class ResourceFiles {
  constructor(private readonly dataSource: DataSource) {}

  /** The files attached to each resource now, oldest first; a file's id is its id in the download route. */
  async filesOf(resourceIds: string[]): Promise<Map<string, ResourceFileView[]>> {
    const byResource = new Map<string, ResourceFileView[]>();
    if (!resourceIds.length) return byResource;
    const rows: { resourceId: string; id: string; fileName: string; contentType: string; sizeBytes: number; createdAt: Date }[] = await this.dataSource.query(
      `SELECT rf."resourceId", f.id, f."fileName", f."contentType", f."sizeBytes", f."createdAt"
         FROM library_resource_files rf JOIN stored_files f ON f.id = rf."fileId"
        WHERE rf."resourceId" = ANY($1::uuid[]) ORDER BY rf."createdAt", f.id`,
      [resourceIds],
    );
    for (const row of rows) byResource.set(row.resourceId, [...(byResource.get(row.resourceId) ?? []), toAttachmentView(row)]);
    return byResource;
  }

  /** Ids of the files attached to a resource now, inside the caller's transaction: kept in a version row before a change. */
  async fileIdsOf(manager: EntityManager, resourceId: string): Promise<string[]> {
    const rows: { fileId: string }[] = await manager.query(`SELECT "fileId" FROM library_resource_files WHERE "resourceId" = $1 ORDER BY "createdAt", "fileId"`, [resourceId]);
    return rows.map((row) => row.fileId);
  }

  /** Files named by earlier versions, for their history. */
  async filesById(fileIds: string[]): Promise<Map<string, ResourceFileView>> {
    if (!fileIds.length) return new Map();
    const rows: { id: string; fileName: string; contentType: string; sizeBytes: number; createdAt: Date }[] = await this.dataSource.query(
      `SELECT id, "fileName", "contentType", "sizeBytes", "createdAt" FROM stored_files WHERE id = ANY($1::uuid[])`,
      [fileIds],
    );
    return new Map(rows.map((row) => [row.id, toAttachmentView(row)]));
  }

  /** Whether the file is, or was in an earlier version, one of the resource's files. */
  async belongsTo(resourceId: string, fileId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM library_resource_files WHERE "resourceId" = $1 AND "fileId" = $2
       UNION ALL SELECT 1 FROM library_resource_versions WHERE "resourceId" = $1 AND $2 = ANY("fileIds") LIMIT 1`,
      [resourceId, fileId],
    );
    return rows.length > 0;
  }
}
