import { Injectable, NotFoundException } from '@nestjs/common';
import type { AllianceDetail, AllianceMemberView, AllianceSummary, Page, SessionUser, UpdateAllianceDto } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { ALLIANCE_NOT_FOUND, AllianceAccess, isCoordinatorOf } from '../core/tenancy/alliance-access.service';
import { toSchoolView } from '../organisations/organisation-views';
import { OrganisationsService } from '../organisations/organisations.service';
import { Alliance } from './entities/alliance.entity';
import { AllianceMembership } from './entities/alliance-membership.entity';
import { TermsService } from './terms.service';

@Injectable()
export class AlliancesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly organisations: OrganisationsService,
    private readonly terms: TermsService,
  ) {}

  async list(user: SessionUser, page: number, pageSize: number): Promise<Page<AllianceSummary>> {
    const allianceIds = await this.access.activeAllianceIds(user);
    if (!allianceIds.length) return { items: [], total: 0, page, pageSize };
    const rows: { id: string; name: string; vision: string; memberCount: number }[] = await this.dataSource.query(
      `SELECT a.id, a.name, a.vision,
              (SELECT count(*)::int FROM alliance_memberships m WHERE m."allianceId" = a.id AND m.status = 'active') AS "memberCount"
         FROM alliances a WHERE a.id = ANY($1::uuid[])
        ORDER BY a.name, a.id LIMIT $2 OFFSET $3`,
      [allianceIds, pageSize, (page - 1) * pageSize],
    );
    return {
      items: rows.map((row) => ({ ...row, isCoordinator: isCoordinatorOf(user, row.id) })),
      total: allianceIds.length,
      page,
      pageSize,
    };
  }

  async detail(user: SessionUser, allianceId: string): Promise<AllianceDetail> {
    await this.access.requireActiveMember(user, allianceId);
    const alliance = await this.dataSource.getRepository(Alliance).findOneBy({ id: allianceId });
    if (!alliance) throw new NotFoundException(ALLIANCE_NOT_FOUND);
    const memberships = await this.dataSource.getRepository(AllianceMembership).find({
      where: [
        { allianceId, status: 'active' },
        { allianceId, status: 'invited' },
      ],
      relations: { organisation: true },
    });
    const currentTerms = await this.terms.current(allianceId);
    const signedBy = new Set(currentTerms?.signatures.map((signature) => signature.organisationId));
    const schools = await this.organisations.schoolsOf(memberships.map((membership) => membership.organisationId));
    const members: AllianceMemberView[] = memberships
      .flatMap(({ organisation, ...membership }) => {
        if (!organisation) return [];
        return {
          membershipId: membership.id,
          organisationId: organisation.id,
          name: organisation.name,
          kind: organisation.kind,
          region: organisation.region,
          status: membership.status,
          joinedAt: membership.joinedAt?.toISOString() ?? null,
          schools: schools.filter((school) => school.organisationId === organisation.id).map(toSchoolView),
          signedCurrentTerms: signedBy.has(organisation.id),
        };
      })
      .sort((a, b) => a.status.localeCompare(b.status) || a.name.localeCompare(b.name));
    return { id: alliance.id, name: alliance.name, vision: alliance.vision, isCoordinator: isCoordinatorOf(user, allianceId), members, currentTerms };
  }

  async update(user: SessionUser, allianceId: string, dto: UpdateAllianceDto): Promise<AllianceDetail> {
    await this.access.requireCoordinator(user, allianceId);
    await this.dataSource.transaction(async (manager) => {
      const alliance = await manager.findOneOrFail(Alliance, { where: { id: allianceId }, lock: { mode: 'pessimistic_write' } });
      const changes = diff(alliance, { vision: dto.vision?.trim() });
      if (!Object.keys(changes).length) return;
      await manager.update(Alliance, allianceId, { vision: dto.vision?.trim() });
      await this.audit.record(manager, user, { action: 'alliance.updated', entityType: 'alliance', entityId: allianceId, allianceId, changes });
    });
    return this.detail(user, allianceId);
  }
}
