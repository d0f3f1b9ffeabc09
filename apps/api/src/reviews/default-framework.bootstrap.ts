import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ensureDefaultFramework } from './default-framework';

/**
 * The default framework must exist in production as well as with demo data, so it is created at start-up rather than
 * by the demo seed. Its content lives in code, where it reads as prose and is reviewed like code; a migration would
 * freeze it in SQL. Idempotent: every process runs it at every start and only the first insert does anything.
 */
@Injectable()
export class DefaultFrameworkBootstrap implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction((manager) => ensureDefaultFramework(manager));
  }
}
