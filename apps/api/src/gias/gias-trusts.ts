import type { EntityManager } from 'typeorm';
import { GIAS_FILES } from './gias-columns';
import type { ChangeTally } from './gias-report';
import { type GiasRow, parseGroup, type TrustValues } from './gias-rows';
import { type GiasSection, type Numbered, repeated } from './gias-section';

/** Academy trusts from the groups file become organisations of kind trust, keyed by Group UID. */
export class TrustSection implements GiasSection<TrustValues> {
  readonly spec = GIAS_FILES.groups;
  readonly phase = 'trusts';
  private readonly linesByUid = new Map<string, number>();
  private readonly linesByGroupId = new Map<string, number>();

  accept(line: number, row: GiasRow, tally: ChangeTally): TrustValues | null {
    const parsed = parseGroup(row);
    if (!parsed) {
      tally.count('skipped');
      return null;
    }
    if ('reason' in parsed) {
      tally.reject(line, parsed.reason);
      return null;
    }
    const trust = parsed.value;
    const reason = repeated(this.linesByUid, trust.uid, line, `Group UID ${trust.uid}`) ?? (trust.groupId ? repeated(this.linesByGroupId, trust.groupId, line, `Group ID ${trust.groupId}`) : null);
    if (reason) {
      tally.reject(line, reason);
      return null;
    }
    return trust;
  }

  async write(manager: EntityManager, batch: Numbered<TrustValues>[], tally: ChangeTally): Promise<void> {
    const adopted = new Set(await adoptByGroupId(manager, batch));
    const previous = await statusesByUid(manager, batch);
    const taken = await groupIdsOfOthers(manager, batch);
    const toWrite: Numbered<TrustValues>[] = [];
    for (const row of batch) {
      const holder = taken.get(row.value.uid);
      if (holder !== undefined) tally.reject(row.line, `Group ID ${row.value.groupId} already belongs to ${holder}`);
      else if (!previous.has(row.value.uid) && row.value.status === 'closed') tally.count('skipped');
      else toWrite.push(row);
    }
    const written = new Set(await upsertTrusts(manager, toWrite));
    for (const { value } of toWrite) {
      const before = previous.get(value.uid);
      if (before === undefined) tally.count('created');
      else if (!written.has(value.uid) && !adopted.has(value.uid)) tally.count('unchanged');
      else tally.count(before === 'open' && value.status === 'closed' ? 'closed' : 'updated');
    }
  }
}

/** An organisation people added with the trust's Group ID (and no Group UID yet) becomes that trust, rather than a duplicate. */
async function adoptByGroupId(manager: EntityManager, batch: Numbered<TrustValues>[]): Promise<string[]> {
  // For an UPDATE, TypeORM answers [rows, affected count].
  const [rows]: [{ uid: string }[], number] = await manager.query(
    `UPDATE organisations o SET "giasGroupUid" = i.uid, "updatedAt" = now()
       FROM unnest($1::text[], $2::text[]) AS i(uid, "groupId")
      WHERE o."dfeReference" = i."groupId" AND o."giasGroupUid" IS NULL AND o.kind = 'trust'
        AND NOT EXISTS (SELECT 1 FROM organisations known WHERE known."giasGroupUid" = i.uid)
     RETURNING i.uid`,
    [batch.map((row) => row.value.uid), batch.map((row) => row.value.groupId)],
  );
  return rows.map((row) => row.uid);
}

async function statusesByUid(manager: EntityManager, batch: Numbered<TrustValues>[]): Promise<Map<string, string>> {
  const rows: { uid: string; status: string }[] = await manager.query(
    `SELECT "giasGroupUid" AS uid, status FROM organisations WHERE "giasGroupUid" = ANY($1::text[])`,
    [batch.map((row) => row.value.uid)],
  );
  return new Map(rows.map((row) => [row.uid, row.status]));
}

/** Group IDs already held by another organisation, by the Group UID of the row that wants them, with the holder's name. */
async function groupIdsOfOthers(manager: EntityManager, batch: Numbered<TrustValues>[]): Promise<Map<string, string>> {
  const rows: { uid: string; name: string }[] = await manager.query(
    `SELECT i.uid, o.name
       FROM unnest($1::text[], $2::text[]) AS i(uid, "groupId")
       JOIN organisations o ON o."dfeReference" = i."groupId"
      WHERE o."giasGroupUid" IS DISTINCT FROM i.uid`,
    [batch.map((row) => row.value.uid), batch.map((row) => row.value.groupId)],
  );
  return new Map(rows.map((row) => [row.uid, row.name]));
}

/**
 * Inserts new trusts and updates changed ones in one statement; returns the Group UIDs it wrote. A blank Group ID
 * or Companies House number in the file keeps the one already held.
 */
async function upsertTrusts(manager: EntityManager, rows: Numbered<TrustValues>[]): Promise<string[]> {
  if (!rows.length) return [];
  const column = <K extends keyof TrustValues>(key: K) => rows.map((row) => row.value[key]);
  const written: { uid: string }[] = await manager.query(
    `INSERT INTO organisations (name, kind, "dfeReference", "giasGroupUid", "companiesHouseNumber", status)
     SELECT i.name, 'trust', i."groupId", i.uid, i."companiesHouseNumber", i.status
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS i(uid, "groupId", name, "companiesHouseNumber", status)
     ON CONFLICT ("giasGroupUid") DO UPDATE SET
       name = EXCLUDED.name,
       "dfeReference" = COALESCE(EXCLUDED."dfeReference", organisations."dfeReference"),
       "companiesHouseNumber" = COALESCE(EXCLUDED."companiesHouseNumber", organisations."companiesHouseNumber"),
       status = EXCLUDED.status,
       "updatedAt" = now()
     WHERE (organisations.name, organisations."dfeReference", organisations."companiesHouseNumber", organisations.status)
           IS DISTINCT FROM
           (EXCLUDED.name, COALESCE(EXCLUDED."dfeReference", organisations."dfeReference"),
            COALESCE(EXCLUDED."companiesHouseNumber", organisations."companiesHouseNumber"), EXCLUDED.status)
     RETURNING "giasGroupUid" AS uid`,
    [column('uid'), column('groupId'), column('name'), column('companiesHouseNumber'), column('status')],
  );
  return written.map((row) => row.uid);
}
