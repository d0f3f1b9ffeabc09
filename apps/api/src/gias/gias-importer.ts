// Only types come from @alliance/contracts here, so the command-line importer runs under plain ts-node.
import type { GiasChangeReport, GiasFileKind, GiasImportPhase, GiasImportReport, SessionUser } from '@alliance/contracts';
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { checkGiasHeader, readGiasCsv } from './gias-csv';
import { GiasFileError, GiasImportBusyError } from './gias-errors';
import { LinkSection } from './gias-links';
import { ChangeTally } from './gias-report';
import { SchoolSection } from './gias-schools';
import type { GiasSection, Numbered } from './gias-section';
import { TrustSection } from './gias-trusts';

export interface GiasSourceFile {
  path: string;
  /** The name shown in the report, e.g. the uploaded file's own name. */
  name: string;
}

export type GiasImportFiles = Partial<Record<GiasFileKind, GiasSourceFile>>;

export interface GiasProgress {
  phase: GiasImportPhase;
  file: string | null;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export interface GiasImportOptions {
  /** Who ran it, for the audit log; null for the command line. */
  actor?: SessionUser | null;
  onProgress?: (progress: GiasProgress) => void;
  batchSize?: number;
}

/** Any constant works; every process importing into one database must use the same. */
const IMPORT_LOCK = 7_316_554_202;
const DEFAULT_BATCH_SIZE = 1000;

/**
 * Imports GIAS downloads into the register in one transaction: trusts from the groups file, then schools from the
 * establishments file, then which trust each school is in from the links file. Files are streamed and written in
 * batches, so memory does not grow with the file. Nothing is ever deleted.
 */
export class GiasImporter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog = new AuditLog(),
  ) {}

  async run(files: GiasImportFiles, options: GiasImportOptions = {}): Promise<GiasImportReport> {
    const plan: [GiasSection<unknown>, GiasSourceFile | undefined][] = [
      [new TrustSection(), files.groups],
      [new SchoolSection(), files.establishments],
      [new LinkSection(), files.links],
    ];
    if (!plan.some(([, file]) => file)) throw new GiasFileError('Choose at least one file to import.');
    for (const [section, file] of plan) if (file) await checkGiasHeader(file.path, section.spec);

    const startedAt = new Date();
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }]: { locked: boolean }[] = await manager.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [IMPORT_LOCK]);
      if (!locked) throw new GiasImportBusyError();
      const reports: GiasChangeReport[] = [];
      for (const [section, file] of plan) {
        reports.push(file ? await this.importFile(manager, section, file, options) : new ChangeTally(null).finish());
      }
      options.onProgress?.({ phase: 'finishing', file: null, rowsRead: 0, bytesRead: 0, totalBytes: 0 });
      const [trusts, schools, links] = reports;
      const done: GiasImportReport = { id: randomUUID(), startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), trusts, schools, links };
      await this.audit.record(manager, options.actor ?? null, {
        action: 'gias.imported',
        entityType: 'gias_import',
        entityId: done.id,
        changes: { trusts: counts(trusts), schools: counts(schools), links: counts(links) },
      });
      return done;
    });
  }

  private async importFile<T>(manager: EntityManager, section: GiasSection<T>, file: GiasSourceFile, options: GiasImportOptions): Promise<GiasChangeReport> {
    const tally = new ChangeTally(file.name);
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const totalBytes = (await stat(file.path)).size;
    let bytesRead = 0;
    const progress = () => options.onProgress?.({ phase: section.phase, file: file.name, rowsRead: tally.report.rowsRead, bytesRead, totalBytes });
    const onBytes = (read: number) => {
      bytesRead = read;
      progress();
    };
    let batch: Numbered<T>[] = [];
    for await (const record of readGiasCsv(file.path, section.spec, options.onProgress ? onBytes : undefined)) {
      tally.read();
      if ('problem' in record) {
        tally.reject(record.line, record.problem);
        continue;
      }
      const value = section.accept(record.line, record.row, tally);
      if (value !== null) batch.push({ line: record.line, value });
      if (batch.length >= batchSize) {
        await section.write(manager, batch, tally);
        batch = [];
      }
    }
    if (batch.length) await section.write(manager, batch, tally);
    await section.finish?.(manager, tally);
    progress();
    return tally.finish();
  }
}

function counts(report: GiasChangeReport): Omit<GiasChangeReport, 'rejected'> {
  const { file, rowsRead, created, updated, unchanged, closed, skipped, rejectedCount } = report;
  return { file, rowsRead, created, updated, unchanged, closed, skipped, rejectedCount };
}
