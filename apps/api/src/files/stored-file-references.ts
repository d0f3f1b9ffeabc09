import type { EntityManager } from 'typeorm';

/**
 * Every column that names a stored file. Most reach it by a foreign key with ON DELETE CASCADE, so deleting a
 * file that is still named elsewhere would silently take the other rows with it. A spec compares this list
 * with the database's foreign keys, so a new reference cannot be forgotten here.
 */
export const STORED_FILE_FOREIGN_KEYS: readonly { table: string; column: string }[] = [
  { table: 'cohort_session_materials', column: 'storedFileId' },
  { table: 'library_resource_files', column: 'fileId' },
  { table: 'need_attachments', column: 'fileId' },
  { table: 'review_evidence_files', column: 'fileId' },
];

/**
 * Whether anything still names the stored file, inside the caller's transaction. Takes the file's row lock
 * first, so that two transactions letting go of the same file one after the other cannot each see the
 * other's reference and both keep it: the second waits, then sees the first one's change.
 */
export async function isStoredFileReferenced(manager: EntityManager, fileId: string): Promise<boolean> {
  await manager.query(`SELECT id FROM stored_files WHERE id = $1 FOR UPDATE`, [fileId]);
  const checks = STORED_FILE_FOREIGN_KEYS.map(({ table, column }) => `EXISTS (SELECT 1 FROM ${table} WHERE "${column}" = $1)`);
  // Earlier versions of a library resource name their files by id, without a foreign key.
  checks.push(`EXISTS (SELECT 1 FROM library_resource_versions WHERE $1 = ANY("fileIds"))`);
  const [row]: { referenced: boolean }[] = await manager.query(`SELECT ${checks.join(' OR ')} AS referenced`, [fileId]);
  return row.referenced;
}
