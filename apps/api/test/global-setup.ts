import { createDatabase, databaseUrl, dropDatabase, ensurePostgres, PostgresServer } from '@alliance/local-postgres';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../src/auth/password-hasher.service';
import { dataSourceOptions } from '../src/core/database/data-source-options';
import { migrate } from '../src/core/database/prepare-database';
import { seedDemoDataIfEmpty } from '../src/demo/demo-seed';

declare global {
  var __ALLIANCE_TEST_SERVER__: PostgresServer | undefined;
}

/**
 * One real PostgreSQL for the run (DATABASE_URL's server, else the embedded one), and one template
 * database with every migration and the demo data; each test file clones it into its own database.
 */
export default async function globalSetup(): Promise<void> {
  const server = await ensurePostgres({ dataDir: join(__dirname, '../../../.data/postgres-test'), port: Number(process.env['EMBEDDED_TEST_POSTGRES_PORT'] ?? 54330) });
  globalThis.__ALLIANCE_TEST_SERVER__ = server;
  const template = `alliance_template_${process.pid}`;
  await dropDatabase(server.adminUrl, template);
  await createDatabase(server.adminUrl, template);
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(server.adminUrl, template)));
  try {
    await migrate(dataSource);
    await seedDemoDataIfEmpty(dataSource, new PasswordHasher());
  } finally {
    await dataSource.destroy();
  }
  process.env['ALLIANCE_TEST_ADMIN_URL'] = server.adminUrl;
  process.env['ALLIANCE_TEST_TEMPLATE_DB'] = template;
}
