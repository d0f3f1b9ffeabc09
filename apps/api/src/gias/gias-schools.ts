import type { EntityManager } from 'typeorm';
import { GIAS_FILES } from './gias-columns';
import type { ChangeTally } from './gias-report';
import { type EstablishmentValues, type GiasRow, parseEstablishment } from './gias-rows';
import { type GiasSection, type Numbered, repeated } from './gias-section';

/** Establishments become schools keyed by URN. Which trust a school is in comes from the links file, not from here. */
export class SchoolSection implements GiasSection<EstablishmentValues> {
  readonly spec = GIAS_FILES.establishments;
  readonly phase = 'schools';
  private readonly linesByUrn = new Map<string, number>();

  accept(line: number, row: GiasRow, tally: ChangeTally): EstablishmentValues | null {
    const parsed = parseEstablishment(row);
    if ('reason' in parsed) {
      tally.reject(line, parsed.reason);
      return null;
    }
    const reason = repeated(this.linesByUrn, parsed.value.urn, line, `URN ${parsed.value.urn}`);
    if (reason) {
      tally.reject(line, reason);
      return null;
    }
    return parsed.value;
  }

  async write(manager: EntityManager, batch: Numbered<EstablishmentValues>[], tally: ChangeTally): Promise<void> {
    const previous = await statusesByUrn(manager, batch);
    // A school that closed before we ever held it is history, not something anyone can work with.
    const toWrite = batch.filter((row) => previous.has(row.value.urn) || row.value.status === 'open');
    tally.count('skipped', batch.length - toWrite.length);
    const written = new Set(await upsertSchools(manager, toWrite));
    for (const { value } of toWrite) {
      const before = previous.get(value.urn);
      if (before === undefined) tally.count('created');
      else if (!written.has(value.urn)) tally.count('unchanged');
      else tally.count(before === 'open' && value.status === 'closed' ? 'closed' : 'updated');
    }
  }
}

async function statusesByUrn(manager: EntityManager, batch: Numbered<EstablishmentValues>[]): Promise<Map<string, string>> {
  const rows: { urn: string; status: string }[] = await manager.query(`SELECT urn, status FROM schools WHERE urn = ANY($1::text[])`, [
    batch.map((row) => row.value.urn),
  ]);
  return new Map(rows.map((row) => [row.urn, row.status]));
}

const FIELDS = ['name', 'phase', 'establishmentType', 'localAuthority', 'region', 'postcode', 'status', 'openedOn', 'closedOn'] as const;

/** Inserts new schools and updates those that changed, in one statement; returns the URNs it wrote. */
async function upsertSchools(manager: EntityManager, rows: Numbered<EstablishmentValues>[]): Promise<string[]> {
  if (!rows.length) return [];
  const quoted = FIELDS.map((field) => `"${field}"`);
  const written: { urn: string }[] = await manager.query(
    `INSERT INTO schools (urn, ${quoted.join(', ')}, "giasUpdatedAt")
     SELECT i.urn, ${quoted.map((field) => `i.${field}`).join(', ')}, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::date[])
         AS i(urn, ${quoted.join(', ')})
     ON CONFLICT (urn) DO UPDATE SET ${quoted.map((field) => `${field} = EXCLUDED.${field}`).join(', ')}, "giasUpdatedAt" = now(), "updatedAt" = now()
     WHERE (${quoted.map((field) => `schools.${field}`).join(', ')}) IS DISTINCT FROM (${quoted.map((field) => `EXCLUDED.${field}`).join(', ')})
     RETURNING urn`,
    [rows.map((row) => row.value.urn), ...FIELDS.map((field) => rows.map((row) => row.value[field]))],
  );
  return written.map((row) => row.urn);
}
