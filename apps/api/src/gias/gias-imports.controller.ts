import { Controller, Get, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { GIAS_FILE_KINDS, GIAS_UPLOAD_MAX_BYTES, GiasFileKind, GiasImportProgress, GiasImportReport, SessionUser } from '@alliance/contracts';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Allow } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import type { GiasImportFiles } from './gias-importer';
import { GiasImportService } from './gias-import.service';

/** What multer's disk storage tells us about each uploaded file. */
interface UploadedGiasFile {
  originalname: string;
  path: string;
}

type UploadedGiasFiles = Partial<Record<GiasFileKind, UploadedGiasFile[]>>;

@ApiTags('admin')
@Controller('admin/gias-imports')
export class GiasImportsController {
  constructor(private readonly imports: GiasImportService) {}

  /** Uploads go to temporary files rather than memory, since the establishments file is about 60 MB. */
  @Post()
  @Allow('admin')
  @UseInterceptors(
    FileFieldsInterceptor(
      GIAS_FILE_KINDS.map((name) => ({ name, maxCount: 1 })),
      { dest: join(tmpdir(), 'alliance-gias-uploads'), defParamCharset: 'utf8', limits: { fileSize: GIAS_UPLOAD_MAX_BYTES, files: GIAS_FILE_KINDS.length, fields: 10 } },
    ),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    description: 'The GIAS downloads as they come: edubasealldata….csv, allgroupsdata….csv and alllinksdata….csv. Each is optional; at least one is needed.',
    schema: { type: 'object', properties: Object.fromEntries(GIAS_FILE_KINDS.map((kind) => [kind, { type: 'string', format: 'binary' }])) },
  })
  async upload(@CurrentUser() user: SessionUser, @UploadedFiles() uploaded: UploadedGiasFiles = {}): Promise<GiasImportReport> {
    const files: GiasImportFiles = {};
    for (const kind of GIAS_FILE_KINDS) {
      const file = uploaded[kind]?.[0];
      if (file) files[kind] = { path: file.path, name: file.originalname };
    }
    try {
      return await this.imports.import(user, files);
    } finally {
      await Promise.all(Object.values(files).map((file) => rm(file.path, { force: true })));
    }
  }

  @Get('current')
  @Allow('admin')
  current(): GiasImportProgress {
    return this.imports.current();
  }
}
