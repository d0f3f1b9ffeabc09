import { Injectable } from '@nestjs/common';
import type { Role, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';

interface SessionUserRow {
  id: string;
  email: string;
  name: string;
  organisationId: string;
  organisationName: string;
  roles: Role[];
  coordinatorOfAllianceIds: string[];
}

@Injectable()
export class SessionUsers {
  constructor(private readonly dataSource: DataSource) {}

  /** The person as the session sees them, with the alliances they coordinate (only while their organisation is active there). */
  async load(userId: string): Promise<SessionUser | null> {
    const rows: SessionUserRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.name, u."organisationId", o.name AS "organisationName", u.roles,
              COALESCE(array_agg(c."allianceId") FILTER (WHERE m.id IS NOT NULL), '{}') AS "coordinatorOfAllianceIds"
         FROM users u
         JOIN organisations o ON o.id = u."organisationId"
         LEFT JOIN alliance_coordinators c ON c."userId" = u.id
         LEFT JOIN alliance_memberships m ON m."allianceId" = c."allianceId" AND m."organisationId" = u."organisationId" AND m.status = 'active'
        WHERE u.id = $1
        GROUP BY u.id, o.name`,
      [userId],
    );
    return rows[0] ?? null;
  }
}
