/** Uploaded documents: the limits and kinds the API enforces and the web app explains. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
export const UPLOAD_MAX_MEGABYTES = UPLOAD_MAX_BYTES / (1024 * 1024);
export const UPLOAD_FILE_NAME_MAX_LENGTH = 200;

export interface UploadKind {
  extensions: readonly string[];
  contentType: string;
  label: string;
}

/** What may be uploaded, checked by the file's extension and by its first bytes. */
export const UPLOAD_KINDS: readonly UploadKind[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', label: 'PDF' },
  {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word',
  },
  {
    extensions: ['xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel',
  },
  {
    extensions: ['pptx'],
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'PowerPoint',
  },
  {
    extensions: ['odt'],
    contentType: 'application/vnd.oasis.opendocument.text',
    label: 'OpenDocument text',
  },
  {
    extensions: ['ods'],
    contentType: 'application/vnd.oasis.opendocument.spreadsheet',
    label: 'OpenDocument spreadsheet',
  },
  { extensions: ['csv'], contentType: 'text/csv', label: 'CSV' },
  { extensions: ['txt'], contentType: 'text/plain', label: 'plain text' },
  { extensions: ['png'], contentType: 'image/png', label: 'PNG' },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', label: 'JPEG' },
];

/** For an `<input type="file" accept>`. */
export const UPLOAD_ACCEPT = UPLOAD_KINDS.flatMap((kind) => kind.extensions.map((extension) => `.${extension}`)).join(',');

/** "PDF, Word, Excel, … or JPEG", for hints and error messages. */
export const UPLOAD_KINDS_TEXT = (() => {
  const labels = UPLOAD_KINDS.map((kind) => kind.label);
  return `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
})();

export interface AttachmentView {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedAt: string;
}
