/** The three daily downloads from Get Information about Schools (GIAS) that the register is built from. */
export const GIAS_FILE_KINDS = ['establishments', 'groups', 'links'] as const;
export type GiasFileKind = (typeof GIAS_FILE_KINDS)[number];

/** Largest file the upload accepts; the full establishments file is about 60 MB. */
export const GIAS_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

export interface GiasRejectedRow {
  file: string;
  /** Line in the file, counting the header as line 1. */
  line: number;
  reason: string;
}

/**
 * What one file did to the register. Every row read lands in exactly one count:
 * created, updated, closed (an existing record now marked closed), unchanged, skipped or rejected.
 */
export interface GiasChangeReport {
  file: string | null;
  rowsRead: number;
  created: number;
  updated: number;
  unchanged: number;
  closed: number;
  /** Rows that are valid but not for the register: other kinds of group, closed records we never held, links to them. */
  skipped: number;
  rejectedCount: number;
  /** The first 500 rejected rows, in line order; rejectedCount counts them all. */
  rejected: GiasRejectedRow[];
}

export interface GiasImportReport {
  id: string;
  startedAt: string;
  finishedAt: string;
  trusts: GiasChangeReport;
  schools: GiasChangeReport;
  /** Schools joined to a trust (created), moved to another (updated), or taken out of one they have left (closed). */
  links: GiasChangeReport;
}

export type GiasImportPhase = 'trusts' | 'schools' | 'links' | 'finishing';

/** How far the import running in this API process has got. */
export interface GiasImportProgress {
  running: boolean;
  phase: GiasImportPhase | null;
  file: string | null;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
  startedAt: string | null;
}
