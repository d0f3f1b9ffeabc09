import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import type { GiasImportProgress, GiasImportReport, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { GiasFileError, GiasImportBusyError } from './gias-errors';
import { GiasImporter, type GiasImportFiles } from './gias-importer';

const IDLE: GiasImportProgress = { running: false, phase: null, file: null, rowsRead: 0, bytesRead: 0, totalBytes: 0, startedAt: null };

/** Runs imports for the admin upload and remembers how far the one running in this process has got. */
@Injectable()
export class GiasImportService {
  private progress: GiasImportProgress = IDLE;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  current(): GiasImportProgress {
    return this.progress;
  }

  async import(user: SessionUser, files: GiasImportFiles): Promise<GiasImportReport> {
    if (this.progress.running) throw new ConflictException(new GiasImportBusyError().message);
    const startedAt = new Date().toISOString();
    this.progress = { ...IDLE, running: true, startedAt };
    try {
      return await new GiasImporter(this.dataSource, this.audit).run(files, {
        actor: user,
        onProgress: (progress) => (this.progress = { ...progress, running: true, startedAt }),
      });
    } catch (error) {
      if (error instanceof GiasFileError) throw new BadRequestException(error.message);
      if (error instanceof GiasImportBusyError) throw new ConflictException(error.message);
      throw error;
    } finally {
      this.progress = IDLE;
    }
  }
}
