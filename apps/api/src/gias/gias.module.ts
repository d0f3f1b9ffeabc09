import { Module } from '@nestjs/common';
import { GiasImportService } from './gias-import.service';
import { GiasImportsController } from './gias-imports.controller';

/** The register of trusts and schools, imported from Get Information about Schools. */
@Module({ controllers: [GiasImportsController], providers: [GiasImportService] })
export class GiasModule {}
