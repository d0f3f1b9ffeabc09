import type { GiasChangeReport } from '@alliance/contracts';

export type GiasOutcome = 'created' | 'updated' | 'unchanged' | 'closed' | 'skipped';

/** A bad file can reject every row; listing them all would make the report as large as the file. */
const REJECTED_ROWS_LISTED = 500;

/** Counts what one file did to the register. */
export class ChangeTally {
  readonly report: GiasChangeReport;

  constructor(file: string | null) {
    this.report = { file, rowsRead: 0, created: 0, updated: 0, unchanged: 0, closed: 0, skipped: 0, rejectedCount: 0, rejected: [] };
  }

  read(): void {
    this.report.rowsRead += 1;
  }

  count(outcome: GiasOutcome, times = 1): void {
    this.report[outcome] += times;
  }

  reject(line: number, reason: string): void {
    this.report.rejectedCount += 1;
    if (this.report.rejected.length < REJECTED_ROWS_LISTED) this.report.rejected.push({ file: this.report.file ?? '', line, reason });
  }

  /** Rows the parser could not read are reported as it finds them, a little ahead of the rows around them. */
  finish(): GiasChangeReport {
    this.report.rejected.sort((first, second) => first.line - second.line);
    return this.report;
  }
}
