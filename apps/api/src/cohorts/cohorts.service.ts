import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { CohortDetail, CohortListQueryDto, CohortMembersView, CohortSummary, CreateCohortDto, Page, PersonRef, SessionUser, UpdateCohortDto } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { AllianceAccess, isCoordinatorOf } from '../core/tenancy/alliance-access.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { COHORT_NOT_FOUND, isCohortInsider, isCohortManager, isEnroller, isHubLeadRole, requireCohortManager } from './cohort-access';
import { CohortBookings } from './cohort-bookings';
import { CohortFacilitator } from './entities/cohort-facilitator.entity';
import { Cohort } from './entities/cohort.entity';

interface CohortRow {
  id: string;
  allianceId: string;
  name: string;
  academicYear: string;
  inductionYear: number;
  region: string;
  facilitatingOrganisationId: string;
  facilitatingOrganisationName: string;
  capacity: number;
  activeCount: number;
  sessionBooking: CohortSummary['sessionBooking'];
  myEnrolmentId: string | null;
  myEnrolmentStatus: 'requested' | 'active' | null;
  createdAt: Date;
}

/** $1 is the reader's id. */
const COHORT_SQL = `
  SELECT c.id, c."allianceId", c.name, c."academicYear", c."inductionYear", c.region, c."facilitatingOrganisationId",
         o.name AS "facilitatingOrganisationName", c.capacity, c."sessionBooking", c."createdAt",
         (SELECT count(*)::int FROM cohort_enrolments a WHERE a."cohortId" = c.id AND a.status = 'active') AS "activeCount",
         mine.id AS "myEnrolmentId", mine.status AS "myEnrolmentStatus"
    FROM cohorts c
    JOIN organisations o ON o.id = c."facilitatingOrganisationId"
    LEFT JOIN cohort_enrolments mine ON mine."cohortId" = c.id AND mine."ectUserId" = $1 AND mine.status IN ('requested', 'active')`;

function toSummary(row: CohortRow): CohortSummary {
  return {
    id: row.id,
    allianceId: row.allianceId,
    name: row.name,
    academicYear: row.academicYear,
    inductionYear: row.inductionYear as CohortSummary['inductionYear'],
    region: row.region,
    facilitatingOrganisationId: row.facilitatingOrganisationId,
    facilitatingOrganisationName: row.facilitatingOrganisationName,
    capacity: row.capacity,
    activeCount: row.activeCount,
    sessionBooking: row.sessionBooking,
    myEnrolment: row.myEnrolmentId && row.myEnrolmentStatus ? { id: row.myEnrolmentId, status: row.myEnrolmentStatus } : null,
  };
}

@Injectable()
export class CohortsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly cohortBookings: CohortBookings,
  ) {}

  async list(user: SessionUser, query: CohortListQueryDto): Promise<Page<CohortSummary>> {
    const allianceIds = (await this.access.activeAllianceIds(user)).filter((id) => !query.allianceId || id === query.allianceId);
    if (!allianceIds.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const filter = (first: number) => `c."allianceId" = ANY($${first}::uuid[]) AND ($${first + 1}::text IS NULL OR c."academicYear" = $${first + 1})`;
    const year = query.academicYear ?? null;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM cohorts c WHERE ${filter(1)}`, [allianceIds, year]);
    const rows: CohortRow[] = await this.dataSource.query(`${COHORT_SQL} WHERE ${filter(2)} ORDER BY c."academicYear" DESC, c.name, c.id LIMIT $4 OFFSET $5`, [
      user.id,
      allianceIds,
      year,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    ]);
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async detail(user: SessionUser, cohortId: string): Promise<CohortDetail> {
    const cohort = await this.findVisible(user, cohortId);
    const [row]: CohortRow[] = await this.dataSource.query(`${COHORT_SQL} WHERE c.id = $2`, [user.id, cohortId]);
    const facilitators = await this.facilitators(cohortId);
    const isManager = isCohortManager(user, cohort);
    const canFacilitate = isManager || facilitators.some((person) => person.id === user.id);
    return {
      ...toSummary(row),
      facilitators,
      createdAt: row.createdAt.toISOString(),
      canManage: isManager,
      canFacilitate,
      canEnrol: isEnroller(user),
      canRequest: user.roles.includes('ect') && !row.myEnrolmentId,
      isInsider: await isCohortInsider(this.dataSource.manager, user, cohortId),
    };
  }

  async create(user: SessionUser, dto: CreateCohortDto): Promise<CohortDetail> {
    await this.access.requireActiveMember(user, dto.allianceId);
    const coordinator = isCoordinatorOf(user, dto.allianceId);
    if (!coordinator) {
      const own = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: user.organisationId });
      if (own.kind !== 'teaching_school_hub' || !isHubLeadRole(user)) {
        throw new ForbiddenException('Only the alliance coordinator or a teaching school hub’s leads can create cohorts.');
      }
      if (dto.facilitatingOrganisationId !== user.organisationId) {
        throw new ForbiddenException('A teaching school hub lead can create cohorts facilitated by their own hub only.');
      }
    }
    if (!(await this.isActiveMemberOrganisation(dto.allianceId, dto.facilitatingOrganisationId))) {
      throw new BadRequestException('The facilitating organisation must be an active member of the alliance.');
    }
    await this.requireFacilitatorsInAlliance(dto.allianceId, dto.facilitatorUserIds);
    const cohort = await this.dataSource.transaction(async (manager) => {
      const created = await manager.save(
        manager.create(Cohort, {
          allianceId: dto.allianceId,
          name: dto.name.trim(),
          academicYear: dto.academicYear,
          inductionYear: dto.inductionYear,
          region: dto.region.trim(),
          facilitatingOrganisationId: dto.facilitatingOrganisationId,
          createdByUserId: user.id,
          capacity: dto.capacity,
          sessionBooking: dto.sessionBooking,
        }),
      );
      await this.replaceFacilitators(manager, created.id, dto.facilitatorUserIds);
      await this.audit.record(manager, user, {
        action: 'cohort.created',
        entityType: 'cohort',
        entityId: created.id,
        allianceId: created.allianceId,
        changes: { name: created.name, academicYear: created.academicYear, capacity: created.capacity, facilitatorUserIds: dto.facilitatorUserIds },
      });
      return created;
    });
    return this.detail(user, cohort.id);
  }

  async update(user: SessionUser, cohortId: string, dto: UpdateCohortDto): Promise<CohortDetail> {
    const visible = await this.findVisible(user, cohortId);
    requireCohortManager(user, visible);
    if (dto.facilitatorUserIds) await this.requireFacilitatorsInAlliance(visible.allianceId, dto.facilitatorUserIds);
    await this.dataSource.transaction(async (manager) => {
      const cohort = await this.lock(manager, cohortId);
      const active = await this.activeEctIds(manager, cohortId);
      if (dto.capacity !== undefined && dto.capacity < active.length) {
        throw new ConflictException(`${active.length} early-career teachers are enrolled, so the capacity cannot be lower than ${active.length}.`);
      }
      const fieldChanges = diff(cohort, { name: dto.name?.trim(), region: dto.region?.trim(), capacity: dto.capacity, sessionBooking: dto.sessionBooking });
      Object.assign(cohort, Object.fromEntries(Object.entries(fieldChanges).map(([field, change]) => [field, change.to])));
      await manager.save(cohort);
      const changes: Record<string, unknown> = { ...fieldChanges };
      if (dto.facilitatorUserIds) {
        await this.replaceFacilitators(manager, cohortId, dto.facilitatorUserIds);
        changes['facilitatorUserIds'] = dto.facilitatorUserIds;
      }
      if ('sessionBooking' in changes && cohort.sessionBooking === 'auto') await this.cohortBookings.bookFutureSessions(manager, user, cohortId, active);
      if (Object.keys(changes).length) await this.audit.record(manager, user, { action: 'cohort.updated', entityType: 'cohort', entityId: cohortId, allianceId: cohort.allianceId, changes });
    });
    return this.detail(user, cohortId);
  }

  /** Names only, grouped by trust: what people in the room need to know of each other, and nothing more. */
  async members(user: SessionUser, cohortId: string): Promise<CohortMembersView> {
    await this.findVisible(user, cohortId);
    await this.requireInsider(user, cohortId);
    const rows: { organisationId: string; organisationName: string; id: string; name: string }[] = await this.dataSource.query(
      `SELECT o.id AS "organisationId", o.name AS "organisationName", u.id, u.name
         FROM cohort_enrolments en JOIN users u ON u.id = en."ectUserId" JOIN organisations o ON o.id = en."organisationId"
        WHERE en."cohortId" = $1 AND en.status = 'active'
        ORDER BY o.name, u.name, u.id`,
      [cohortId],
    );
    const organisations = new Map<string, CohortMembersView['organisations'][number]>();
    for (const row of rows) {
      const group = organisations.get(row.organisationId) ?? { organisationId: row.organisationId, organisationName: row.organisationName, members: [] };
      group.members.push({ id: row.id, name: row.name });
      organisations.set(row.organisationId, group);
    }
    return { organisations: [...organisations.values()], facilitators: await this.facilitators(cohortId) };
  }

  /** The cohort if the person's organisation is an active member of its alliance; otherwise 404. */
  async findVisible(user: SessionUser, cohortId: string, manager: EntityManager = this.dataSource.manager): Promise<Cohort> {
    const cohort = await manager.getRepository(Cohort).findOneBy({ id: cohortId });
    if (!cohort || !(await this.access.isActiveMember(user, cohort.allianceId, manager))) throw new NotFoundException(COHORT_NOT_FOUND);
    return cohort;
  }

  /** Takes the cohort's row lock: enrolments, transfers and new sessions of one cohort go one at a time. */
  lock(manager: EntityManager, cohortId: string): Promise<Cohort> {
    return manager.findOneOrFail(Cohort, { where: { id: cohortId }, lock: { mode: 'pessimistic_write' } });
  }

  async requireInsider(user: SessionUser, cohortId: string): Promise<void> {
    if (!(await isCohortInsider(this.dataSource.manager, user, cohortId))) {
      throw new ForbiddenException('Only people taking part in this cohort can see its members and sessions.');
    }
  }

  async isFacilitator(userId: string, cohortId: string): Promise<boolean> {
    return this.dataSource.getRepository(CohortFacilitator).existsBy({ cohortId, userId });
  }

  /** Managers and facilitators run the sessions: add them and their materials, take the register. */
  async requireFacilitatorOrManager(user: SessionUser, cohort: Cohort, action: string): Promise<void> {
    if (isCohortManager(user, cohort) || (await this.isFacilitator(user.id, cohort.id))) return;
    throw new ForbiddenException(`Only the cohort’s facilitators can ${action}.`);
  }

  activeEctIds(manager: EntityManager, cohortId: string): Promise<string[]> {
    return manager
      .query(`SELECT "ectUserId" FROM cohort_enrolments WHERE "cohortId" = $1 AND status = 'active' ORDER BY "activatedAt", id`, [cohortId])
      .then((rows: { ectUserId: string }[]) => rows.map((row) => row.ectUserId));
  }

  private async facilitators(cohortId: string): Promise<PersonRef[]> {
    return this.dataSource.query(
      `SELECT u.id, u.name, o.id AS "organisationId", o.name AS "organisationName"
         FROM cohort_facilitators f JOIN users u ON u.id = f."userId" JOIN organisations o ON o.id = u."organisationId"
        WHERE f."cohortId" = $1 ORDER BY u.name, u.id`,
      [cohortId],
    );
  }

  private async isActiveMemberOrganisation(allianceId: string, organisationId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM alliance_memberships WHERE "allianceId" = $1 AND "organisationId" = $2 AND status = 'active'`, [
      allianceId,
      organisationId,
    ]);
    return rows.length > 0;
  }

  private async requireFacilitatorsInAlliance(allianceId: string, userIds: string[]): Promise<void> {
    if (!userIds.length) return;
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM users u
         JOIN alliance_memberships m ON m."organisationId" = u."organisationId" AND m."allianceId" = $1 AND m.status = 'active'
        WHERE u.id = ANY($2::uuid[])`,
      [allianceId, userIds],
    );
    if (count !== userIds.length) throw new BadRequestException('Every facilitator must be a person at an active member of the alliance.');
  }

  private async replaceFacilitators(manager: EntityManager, cohortId: string, userIds: string[]): Promise<void> {
    await manager.delete(CohortFacilitator, { cohortId });
    if (userIds.length) await manager.insert(CohortFacilitator, userIds.map((userId) => ({ cohortId, userId })));
  }
}
