import { DataSource } from 'typeorm';

/** Any constant works; it only has to be the same for every process of this app. */
const MIGRATION_LOCK = 7_316_554_201;

/**
 * Runs pending migrations while holding a session-level advisory lock, so that several API processes
 * starting at once against one database migrate it exactly once.
 */
export async function withDatabaseLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function migrate(dataSource: DataSource): Promise<DataSource> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  await withDatabaseLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}
