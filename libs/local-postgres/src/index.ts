export { createDatabase, databaseUrl, dropDatabase } from './lib/databases';
export { ensurePostgres, type PostgresServer } from './lib/ensure-postgres';
