import { UPLOAD_FILE_NAME_MAX_LENGTH, UPLOAD_KINDS, UPLOAD_KINDS_TEXT, UploadKind } from '@alliance/contracts';
import { filetypeinfo } from 'magic-bytes.js';

export type Inspection = { fileName: string; kind: UploadKind; error?: undefined } | { error: string };

const TEXT_EXTENSIONS = new Set(['csv', 'txt']);

/**
 * Accepts a file only when its extension is on the allowed list and its first bytes agree with it,
 * so that a renamed program or web page cannot be stored as a "PDF".
 */
export function inspectUpload(originalName: string, content: Buffer): Inspection {
  const fileName = cleanFileName(originalName);
  if (!content.length) return { error: 'The selected file is empty.' };
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const kind = UPLOAD_KINDS.find((candidate) => candidate.extensions.includes(extension));
  if (!kind) return { error: `The file must be a ${UPLOAD_KINDS_TEXT} file.` };
  const detected = filetypeinfo(content.subarray(0, 4096));
  const agrees = TEXT_EXTENSIONS.has(extension)
    ? detected.length === 0 && !content.includes(0)
    : detected.some((type) => kind.extensions.includes(type.typename) || (type.extension !== undefined && kind.extensions.includes(type.extension)));
  if (!agrees)
    return {
      error: `The file's contents do not match a .${extension} file. Check that it is a ${kind.label} file and try again.`,
    };
  return { fileName, kind };
}

/** The name without any folder part or control characters, shortened to fit, keeping its extension. */
export function cleanFileName(originalName: string): string {
  const name = (originalName.split(/[\\/]/).at(-1) ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim();
  if (name.length <= UPLOAD_FILE_NAME_MAX_LENGTH) return name || 'file';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  return name.slice(0, UPLOAD_FILE_NAME_MAX_LENGTH - extension.length) + extension;
}
