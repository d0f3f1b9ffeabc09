import { EntityManager } from 'typeorm';

/** Rows from an UPDATE … RETURNING run in the caller's transaction (TypeORM's manager.query hides them for updates). */
export async function returningRows<T>(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
  if (!manager.queryRunner) throw new Error('returningRows must run inside a transaction');
  const { records } = await manager.queryRunner.query(sql, parameters, true);
  return records as T[];
}
