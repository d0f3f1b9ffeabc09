import { RESOURCE_MAX_FILES } from '@alliance/contracts';
import type { ApiClient } from '../core/api/api-client';
import type { DocumentStore, RemovalWording } from '../shared/document-list';

export const MAX_RESOURCE_FILES = RESOURCE_MAX_FILES;
export const RESOURCE_FILES_AUDIENCE =
  'Everyone in the alliance who can see this resource can download it.';

/** Where a resource's files download from, and how they are added and taken off. */
export function resourceFileStore(
  api: ApiClient,
  resourceId: string,
): DocumentStore {
  return {
    urlOf: (file) => api.resourceFileUrl(resourceId, file.id),
    upload: (file) => api.uploadResourceFile(resourceId, file),
    remove: (file) => api.removeResourceFile(resourceId, file.id),
  };
}

/** A file taken off a resource stays downloadable from the earlier version. */
export const TAKE_OFF_WORDING: RemovalWording = {
  title: 'Take this file off the resource?',
  paragraph: (fileName) =>
    `${fileName} will no longer be part of the resource. It stays in the earlier versions, so people can still find it there.`,
  confirmLabel: 'Yes, take it off',
  done: (fileName) => `${fileName} has been taken off the resource.`,
};
