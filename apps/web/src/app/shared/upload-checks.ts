import {
  UPLOAD_FILE_NAME_MAX_LENGTH,
  UPLOAD_KINDS,
  UPLOAD_KINDS_TEXT,
  UPLOAD_MAX_BYTES,
  UPLOAD_MAX_MEGABYTES,
} from '@alliance/contracts';
import { httpStatusOf, problemMessagesOf } from '../core/api/api-errors';

/** Checked before sending, so that nobody waits for a large upload the API will refuse. */
export function problemWithUpload(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!UPLOAD_KINDS.some((kind) => kind.extensions.includes(extension)))
    return `The file must be a ${UPLOAD_KINDS_TEXT} document`;
  if (file.size === 0) return 'The file is empty';
  if (file.name.length > UPLOAD_FILE_NAME_MAX_LENGTH)
    return `The file’s name must be ${UPLOAD_FILE_NAME_MAX_LENGTH} characters or fewer. Rename it and try again`;
  if (file.size > UPLOAD_MAX_BYTES)
    return `The file must be smaller than ${UPLOAD_MAX_MEGABYTES} MB`;
  return null;
}

/** What went wrong with an upload, in words; 413 comes from the server's size limit. */
export function uploadProblems(error: unknown): string[] {
  if (httpStatusOf(error) === 413)
    return [`The file must be smaller than ${UPLOAD_MAX_MEGABYTES} MB`];
  return problemMessagesOf(error);
}
