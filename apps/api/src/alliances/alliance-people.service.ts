import { Injectable } from '@nestjs/common';
import { AlliancePeopleQueryDto, AlliancePersonView, Page, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';

/** Escapes LIKE's wildcards, so that a search for "St_Mary" does not match every "St Mary". */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const MATCHING_PEOPLE = `
  FROM users u
  JOIN organisations o ON o.id = u."organisationId"
  JOIN alliance_memberships m ON m."organisationId" = o.id AND m."allianceId" = $1 AND m.status = 'active'
 WHERE ($2::text IS NULL OR u.name ILIKE $2 OR o.name ILIKE $2)
   AND ($3::text[] IS NULL OR u.roles && $3::text[])
   AND ($4::text IS NULL OR o.kind = $4)
   AND ($5::uuid IS NULL OR o.id = $5)`;

/**
 * The people of an alliance's active member organisations, for choosing panel members, leads and facilitators.
 * Names, roles and organisations only: a person's email and sign-in details stay with their own organisation.
 */
@Injectable()
export class AlliancePeopleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
  ) {}

  async search(user: SessionUser, allianceId: string, query: AlliancePeopleQueryDto): Promise<Page<AlliancePersonView>> {
    await this.access.requireActiveMember(user, allianceId);
    const { page, pageSize } = query;
    const search = query.search?.trim();
    const filters = [allianceId, search ? likePattern(search) : null, query.roles?.length ? query.roles : null, query.organisationKind ?? null, query.organisationId ?? null];
    const [items, [{ total }]]: [AlliancePersonView[], { total: number }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT u.id, u.name, u.roles, o.id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind"
         ${MATCHING_PEOPLE}
         ORDER BY u.name, o.name, u.id
         LIMIT $6 OFFSET $7`,
        [...filters, pageSize, (page - 1) * pageSize],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total ${MATCHING_PEOPLE}`, filters),
    ]);
    return { items, total, page, pageSize };
  }
}
