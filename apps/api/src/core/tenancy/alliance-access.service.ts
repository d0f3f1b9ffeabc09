import { ForbiddenException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';

export const ALLIANCE_NOT_FOUND = 'We could not find that alliance.';

/**
 * Every read of alliance data is scoped through here. A missing user is an error, never "all rows":
 * callers pass the session user explicitly, as twenty passes its workspace id.
 */
@Injectable()
export class AllianceAccess {
  constructor(private readonly dataSource: DataSource) {}

  async activeAllianceIds(user: SessionUser, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const organisationId = requireOrganisationId(user);
    const rows: { allianceId: string }[] = await manager.query(
      `SELECT "allianceId" FROM alliance_memberships WHERE "organisationId" = $1 AND status = 'active'`,
      [organisationId],
    );
    return rows.map((row) => row.allianceId);
  }

  async isActiveMember(user: SessionUser, allianceId: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    const organisationId = requireOrganisationId(user);
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM alliance_memberships WHERE "allianceId" = $1 AND "organisationId" = $2 AND status = 'active'`,
      [allianceId, organisationId],
    );
    return rows.length > 0;
  }

  /** 404 rather than 403, so that an alliance's existence is not leaked. */
  async requireActiveMember(user: SessionUser, allianceId: string, manager?: EntityManager): Promise<void> {
    if (!(await this.isActiveMember(user, allianceId, manager))) throw new NotFoundException(ALLIANCE_NOT_FOUND);
  }

  async requireCoordinator(user: SessionUser, allianceId: string, manager?: EntityManager): Promise<void> {
    await this.requireActiveMember(user, allianceId, manager);
    if (!isCoordinatorOf(user, allianceId)) {
      throw new ForbiddenException('Only the alliance coordinator can do this.');
    }
  }

  /** Two organisations can see each other while both are active in one alliance. */
  async sharesActiveAlliance(user: SessionUser, organisationId: string): Promise<boolean> {
    const own = requireOrganisationId(user);
    if (own === organisationId) return true;
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM alliance_memberships mine
         JOIN alliance_memberships theirs ON theirs."allianceId" = mine."allianceId"
        WHERE mine."organisationId" = $1 AND mine.status = 'active'
          AND theirs."organisationId" = $2 AND theirs.status IN ('active', 'invited')
        LIMIT 1`,
      [own, organisationId],
    );
    return rows.length > 0;
  }
}

export function isCoordinatorOf(user: SessionUser, allianceId: string): boolean {
  return user.roles.includes('coordinator') && user.coordinatorOfAllianceIds.includes(allianceId);
}

/** The person's organisation: a missing one is an error, never an unscoped query. */
export function requireOrganisationId(user: SessionUser | undefined): string {
  if (!user?.organisationId) throw new UnauthorizedException('Sign in to continue.');
  return user.organisationId;
}
