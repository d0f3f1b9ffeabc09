import { Injectable } from '@nestjs/common';
import type { ResourceFileView } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';

/**
 * The seam for uploaded files. The shared files module (apps/api/src/files) will provide RESOURCE_FILES with an
 * implementation backed by its attachments; until then resources carry links only. The library service already asks
 * for files when showing a resource and records the attached file ids in each version row, so that replacing a file
 * keeps the old one in the resource's history without further changes here.
 */
export interface ResourceFiles {
  /** The files attached to each resource now, for their pages. */
  filesOf(resourceIds: string[]): Promise<Map<string, ResourceFileView[]>>;
  /** Ids of the files attached to a resource now, inside the caller's transaction: kept in a version row before an edit. */
  fileIdsOf(manager: EntityManager, resourceId: string): Promise<string[]>;
}

export const RESOURCE_FILES = Symbol('RESOURCE_FILES');

/** Until files arrive: no resource has any. */
@Injectable()
export class NoResourceFiles implements ResourceFiles {
  async filesOf(): Promise<Map<string, ResourceFileView[]>> {
    return new Map();
  }

  async fileIdsOf(): Promise<string[]> {
    return [];
  }
}
