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
  await withDatabaseLock(dataSource, async () => {
    await dataSource.runMigrations({ transaction: 'each' });
    await adoptGeneratedColumnRecords(dataSource);
  });
  return dataSource;
}

/**
 * TypeORM finds a generated column's expression in typeorm_metadata by database name, which a database cloned from a
 * template (as the tests do) or restored under another name does not match; without this it would see the column as changed.
 */
async function adoptGeneratedColumnRecords(dataSource: DataSource): Promise<void> {
  await dataSource.query(`DO $$ BEGIN
    IF to_regclass('typeorm_metadata') IS NOT NULL THEN
      UPDATE typeorm_metadata SET "database" = current_database() WHERE "database" IS DISTINCT FROM current_database();
    END IF;
  END $$`);
}
