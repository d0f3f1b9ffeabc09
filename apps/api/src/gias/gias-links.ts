import type { EntityManager } from 'typeorm';
import { GIAS_FILES } from './gias-columns';
import type { ChangeTally, GiasOutcome } from './gias-report';
import { type GiasRow, type LinkValues, parseLink } from './gias-rows';
import type { GiasSection, Numbered } from './gias-section';

interface LinkMatch {
  schoolId: string | null;
  currentOrganisationId: string | null;
  currentOrganisationUid: string | null;
  trustId: string | null;
}

/**
 * The group links file says which trust each school is in. Links to other kinds of group, or to schools the register
 * does not hold, are skipped. A school in an organisation people added (one with no Group UID) stays there.
 */
export class LinkSection implements GiasSection<LinkValues> {
  readonly spec = GIAS_FILES.links;
  readonly phase = 'links';
  /** Line of each school's trust link, to refuse a second one and to know at the end which schools are in a trust. */
  private readonly trustLinkLines = new Map<string, number>();

  accept(line: number, row: GiasRow, tally: ChangeTally): LinkValues | null {
    const parsed = parseLink(row);
    if ('reason' in parsed) {
      tally.reject(line, parsed.reason);
      return null;
    }
    return parsed.value;
  }

  async write(manager: EntityManager, batch: Numbered<LinkValues>[], tally: ChangeTally): Promise<void> {
    const matches = await matchLinks(manager, batch);
    const moves: { schoolId: string; trustId: string }[] = [];
    batch.forEach(({ line, value }, index) => {
      const match = matches[index];
      if (!match.trustId) return tally.count('skipped');
      const first = this.trustLinkLines.get(value.urn);
      if (first !== undefined) return tally.reject(line, `URN ${value.urn} is already linked to a trust on line ${first}`);
      this.trustLinkLines.set(value.urn, line);
      const outcome = linkOutcome(match);
      if ((outcome === 'created' || outcome === 'updated') && match.schoolId) moves.push({ schoolId: match.schoolId, trustId: match.trustId });
      tally.count(outcome);
    });
    if (moves.length) {
      await manager.query(
        `UPDATE schools s SET "organisationId" = v."trustId", "giasUpdatedAt" = now(), "updatedAt" = now()
           FROM unnest($1::uuid[], $2::uuid[]) AS v("schoolId", "trustId")
          WHERE s.id = v."schoolId"`,
        [moves.map((move) => move.schoolId), moves.map((move) => move.trustId)],
      );
    }
  }

  /**
   * Schools still in a GIAS trust that the file no longer links to it have left: they come out of the trust.
   * A file with no trust links at all is not the full download, so then nothing is taken out.
   */
  async finish(manager: EntityManager, tally: ChangeTally): Promise<void> {
    if (!this.trustLinkLines.size) return;
    // For an UPDATE, TypeORM answers [rows, affected count].
    const [, left]: [unknown[], number] = await manager.query(
      `UPDATE schools s SET "organisationId" = NULL, "giasUpdatedAt" = now(), "updatedAt" = now()
         FROM organisations o
        WHERE o.id = s."organisationId" AND o."giasGroupUid" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM unnest($1::text[]) AS linked(urn) WHERE linked.urn = s.urn)`,
      [[...this.trustLinkLines.keys()]],
    );
    tally.count('closed', left);
    await fillTrustRegions(manager);
  }
}

function linkOutcome(match: LinkMatch): GiasOutcome {
  if (!match.schoolId) return 'skipped';
  if (match.currentOrganisationId === match.trustId) return 'unchanged';
  if (!match.currentOrganisationId) return 'created';
  return match.currentOrganisationUid ? 'updated' : 'skipped';
}

/** One match per row of the batch, in its order. */
async function matchLinks(manager: EntityManager, batch: Numbered<LinkValues>[]): Promise<LinkMatch[]> {
  return manager.query(
    `SELECT s.id AS "schoolId", s."organisationId" AS "currentOrganisationId",
            current."giasGroupUid" AS "currentOrganisationUid", trust.id AS "trustId"
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS i(urn, uid, position)
       LEFT JOIN organisations trust ON trust."giasGroupUid" = i.uid AND trust.kind = 'trust'
       LEFT JOIN schools s ON s.urn = i.urn
       LEFT JOIN organisations current ON current.id = s."organisationId"
      ORDER BY i.position`,
    [batch.map((row) => row.value.urn), batch.map((row) => row.value.uid)],
  );
}

/** GIAS gives a trust no region; the one most of its open schools are in lets people tell trusts apart when searching. */
async function fillTrustRegions(manager: EntityManager): Promise<void> {
  await manager.query(
    `UPDATE organisations o SET region = common.region, "updatedAt" = now()
       FROM (SELECT DISTINCT ON (s."organisationId") s."organisationId" AS id, s.region
               FROM schools s
              WHERE s.region IS NOT NULL AND s.status = 'open' AND s."organisationId" IS NOT NULL
              GROUP BY s."organisationId", s.region
              ORDER BY s."organisationId", count(*) DESC, s.region) AS common
      WHERE o.id = common.id AND o.region IS NULL AND o."giasGroupUid" IS NOT NULL`,
  );
}
