import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateHubDto,
  CreateNetworkDto,
  HubView,
  JoinNetworkDto,
  MemberDirectoryOrganisation,
  NetworkDetail,
  NetworkListQueryDto,
  NetworkMembership,
  NetworkSummary,
  Page,
  NetworkPersonRef,
  RegionCount,
  SessionUser,
  UpdateHubDto,
  UpdateMembershipDto,
  UpdateNetworkDto,
} from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { NetworkHub } from './entities/network-hub.entity';
import { NetworkMember } from './entities/network-member.entity';
import { Network } from './entities/network.entity';
import { LibraryService } from './library.service';
import { MeetingsService } from './meetings.service';
import { HUB_NOT_FOUND, MEMBER_NOT_FOUND, NetworkAccess } from './network-access.service';
import { escapeLike, requiredText } from './network-text';

const NEWEST_ON_PAGE = 5;

interface NetworkRow {
  id: string;
  allianceId: string;
  name: string;
  kind: NetworkSummary['kind'];
  subjectTags: string[];
  phaseTags: string[];
  myRole: NetworkSummary['myRole'];
  memberCount: number;
  hubCount: number;
  total: number;
}

@Injectable()
export class NetworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alliances: AllianceAccess,
    private readonly access: NetworkAccess,
    private readonly audit: AuditLog,
    private readonly meetings: MeetingsService,
    private readonly library: LibraryService,
  ) {}

  /** The networks of the person's alliances, theirs first, then by name. */
  async list(user: SessionUser, query: NetworkListQueryDto): Promise<Page<NetworkSummary>> {
    const allianceIds = (await this.alliances.activeAllianceIds(user)).filter((id) => !query.allianceId || id === query.allianceId);
    if (!allianceIds.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const search = query.search?.trim();
    const rows: NetworkRow[] = await this.dataSource.query(
      `SELECT n.id, n."allianceId", n.name, n.kind, n."subjectTags", n."phaseTags", m.role AS "myRole",
              (SELECT count(*)::int FROM network_members c WHERE c."networkId" = n.id) AS "memberCount",
              (SELECT count(*)::int FROM network_hubs h WHERE h."networkId" = n.id) AS "hubCount",
              count(*) OVER ()::int AS total
         FROM networks n
         LEFT JOIN network_members m ON m."networkId" = n.id AND m."userId" = $2
        WHERE n."allianceId" = ANY($1::uuid[])
          AND ($3::text IS NULL OR n.kind = $3)
          AND ($4::text IS NULL OR n.name ILIKE '%' || $4 || '%' OR $4 = ANY(n."subjectTags") OR $4 = ANY(n."phaseTags"))
        ORDER BY (m.id IS NULL), n.name, n.id
        LIMIT $5 OFFSET $6`,
      [allianceIds, user.id, query.kind ?? null, search ? escapeLike(search) : null, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const leads = await this.leadsOf(this.dataSource.manager, rows.map((row) => row.id));
    return {
      items: rows.map((row) => toSummary(row, leads.get(row.id) ?? [])),
      total: rows[0]?.total ?? (query.page > 1 ? await this.countNetworks(allianceIds, query) : 0),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(user: SessionUser, networkId: string): Promise<NetworkDetail> {
    const context = await this.access.network(user, networkId);
    const { network, membership } = context;
    const manager = this.dataSource.manager;
    const [leads, hubs, counts] = await Promise.all([
      this.leadsOf(manager, [network.id]),
      this.hubViews(manager, network.id),
      manager.query(`SELECT count(*)::int AS members, count(*) FILTER (WHERE "hubId" IS NULL)::int AS "withoutHub" FROM network_members WHERE "networkId" = $1`, [network.id]) as Promise<
        { members: number; withoutHub: number }[]
      >,
    ]);
    const regions = new Map<string, RegionCount>();
    for (const hub of hubs) {
      const region = regions.get(hub.region) ?? { region: hub.region, hubCount: 0, memberCount: 0 };
      region.hubCount += 1;
      region.memberCount += hub.memberCount;
      regions.set(hub.region, region);
    }
    const [upcomingMeetings, recentDecisions, newestResources] = await Promise.all([
      this.meetings.upcoming(user, context, NEWEST_ON_PAGE),
      this.meetings.recentDecisions(user, context, NEWEST_ON_PAGE),
      this.library.newestInNetwork(user, network.id, NEWEST_ON_PAGE),
    ]);
    return {
      ...toSummary(
        { ...network, myRole: membership?.role ?? null, memberCount: counts[0].members, hubCount: hubs.length, total: 1 },
        leads.get(network.id) ?? [],
      ),
      purpose: network.purpose,
      expectations: network.expectations,
      hubs,
      regionBreakdown: [...regions.values()].sort((a, b) => a.region.localeCompare(b.region)),
      membersWithoutHub: counts[0].withoutHub,
      myHubId: membership?.hubId ?? null,
      upcomingMeetings,
      recentDecisions,
      newestResources,
      canManage: context.canManage,
      createdAt: network.createdAt.toISOString(),
      updatedAt: network.updatedAt.toISOString(),
    };
  }

  async create(user: SessionUser, dto: CreateNetworkDto): Promise<NetworkDetail> {
    await this.alliances.requireCoordinator(user, dto.allianceId);
    const name = requiredText(dto.name, 'Enter a name');
    const purpose = requiredText(dto.purpose, 'Enter the purpose of the network');
    const network = await this.dataSource.transaction(async (manager) => {
      await this.access.requireAlliancePeople(manager, dto.allianceId, dto.leadUserIds, 'the leads');
      const saved = await manager.save(
        manager.create(Network, {
          allianceId: dto.allianceId,
          name,
          kind: dto.kind,
          subjectTags: dto.subjectTags ?? [],
          phaseTags: dto.phaseTags ?? [],
          purpose,
          expectations: dto.expectations?.trim() ?? '',
          createdByUserId: user.id,
        }),
      );
      for (const userId of dto.leadUserIds) {
        await manager.insert(NetworkMember, { networkId: saved.id, userId, role: 'lead', hubId: null, schoolId: null, addedByUserId: user.id });
      }
      await this.audit.record(manager, user, {
        action: 'network.created',
        entityType: 'network',
        entityId: saved.id,
        allianceId: saved.allianceId,
        changes: { name: saved.name, kind: saved.kind, leadUserIds: dto.leadUserIds },
      });
      return saved;
    });
    return this.detail(user, network.id);
  }

  async update(user: SessionUser, networkId: string, dto: UpdateNetworkDto): Promise<NetworkDetail> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.access.network(user, networkId, manager);
      this.access.requireManager(context);
      const { network } = context;
      if (dto.leadUserIds && !context.isCoordinator) throw new ForbiddenException('Only the alliance coordinator can change who leads a network.');
      const changes: Record<string, unknown> = diff(network, {
        name: dto.name === undefined ? undefined : requiredText(dto.name, 'Enter a name'),
        kind: dto.kind,
        subjectTags: dto.subjectTags,
        phaseTags: dto.phaseTags,
        purpose: dto.purpose === undefined ? undefined : requiredText(dto.purpose, 'Enter the purpose of the network'),
        expectations: dto.expectations?.trim(),
      });
      if (Object.keys(changes).length) {
        Object.assign(network, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, (change as { to: unknown }).to])));
        await manager.save(network);
      }
      if (dto.leadUserIds) {
        const leadUserIds = dto.leadUserIds;
        await this.access.requireAlliancePeople(manager, network.allianceId, leadUserIds, 'the leads');
        const before: { userId: string }[] = await manager.query(`SELECT "userId" FROM network_members WHERE "networkId" = $1 AND role = 'lead' ORDER BY "userId"`, [network.id]);
        await manager.query(`UPDATE network_members SET role = 'member', "updatedAt" = now() WHERE "networkId" = $1 AND role = 'lead' AND NOT ("userId" = ANY($2::uuid[]))`, [network.id, leadUserIds]);
        await manager.query(
          `INSERT INTO network_members ("networkId", "userId", role, "addedByUserId") SELECT $1, unnest($2::uuid[]), 'lead', $3
           ON CONFLICT ("networkId", "userId") DO UPDATE SET role = 'lead', "updatedAt" = now()`,
          [network.id, leadUserIds, user.id],
        );
        const from = before.map((row) => row.userId);
        if (JSON.stringify(from) !== JSON.stringify([...leadUserIds].sort())) changes['leadUserIds'] = { from, to: leadUserIds };
      }
      if (Object.keys(changes).length) {
        await this.audit.record(manager, user, { action: 'network.updated', entityType: 'network', entityId: network.id, allianceId: network.allianceId, changes });
      }
    });
    return this.detail(user, networkId);
  }

  async hubs(user: SessionUser, networkId: string): Promise<HubView[]> {
    const { network } = await this.access.network(user, networkId);
    return this.hubViews(this.dataSource.manager, network.id);
  }

  async createHub(user: SessionUser, networkId: string, dto: CreateHubDto): Promise<HubView> {
    const hubId = await this.dataSource.transaction(async (manager) => {
      const context = await this.access.network(user, networkId, manager);
      this.access.requireManager(context);
      const name = requiredText(dto.name, 'Enter a name for the hub');
      await this.requireUniqueHubName(manager, networkId, name, null);
      if (dto.hubLeadUserId) await this.access.requireAlliancePeople(manager, context.network.allianceId, [dto.hubLeadUserId], 'the hub lead');
      const hub = await manager.save(
        manager.create(NetworkHub, { networkId, name, region: requiredText(dto.region, 'Enter the region the hub serves'), hubLeadUserId: dto.hubLeadUserId ?? null }),
      );
      if (hub.hubLeadUserId) await this.placeInHub(manager, user, networkId, hub.hubLeadUserId, hub.id);
      await this.audit.record(manager, user, {
        action: 'network_hub.created',
        entityType: 'network_hub',
        entityId: hub.id,
        allianceId: context.network.allianceId,
        changes: { networkId, name: hub.name, region: hub.region, hubLeadUserId: hub.hubLeadUserId },
      });
      return hub.id;
    });
    return this.hubView(user, hubId);
  }

  async updateHub(user: SessionUser, hubId: string, dto: UpdateHubDto): Promise<HubView> {
    await this.dataSource.transaction(async (manager) => {
      const hub = await this.findHub(user, hubId, manager);
      const context = await this.access.network(user, hub.networkId, manager);
      this.access.requireManager(context);
      const name = dto.name === undefined ? undefined : requiredText(dto.name, 'Enter a name for the hub');
      if (name) await this.requireUniqueHubName(manager, hub.networkId, name, hub.id);
      if (dto.hubLeadUserId) await this.access.requireAlliancePeople(manager, context.network.allianceId, [dto.hubLeadUserId], 'the hub lead');
      const changes = diff(hub, {
        name,
        region: dto.region === undefined ? undefined : requiredText(dto.region, 'Enter the region the hub serves'),
        hubLeadUserId: dto.hubLeadUserId,
      });
      if (!Object.keys(changes).length) return;
      Object.assign(hub, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(hub);
      if (hub.hubLeadUserId) await this.placeInHub(manager, user, hub.networkId, hub.hubLeadUserId, hub.id);
      await this.audit.record(manager, user, { action: 'network_hub.updated', entityType: 'network_hub', entityId: hub.id, allianceId: context.network.allianceId, changes });
    });
    return this.hubView(user, hubId);
  }

  /** Join yourself, or (chief executives and headteachers) add a colleague of your own organisation. */
  async join(user: SessionUser, networkId: string, dto: JoinNetworkDto): Promise<NetworkMembership> {
    const member = await this.dataSource.transaction(async (manager) => {
      const { network } = await this.access.network(user, networkId, manager);
      const colleagueId = dto.userId && dto.userId !== user.id ? dto.userId : null;
      const forSelf = colleagueId === null;
      const person = colleagueId ? await this.access.requireColleague(manager, user, colleagueId) : { id: user.id, name: user.name, organisationId: user.organisationId };
      const existing = await manager.findOneBy(NetworkMember, { networkId, userId: person.id });
      if (existing) throw new ConflictException(forSelf ? 'You are already a member of this network.' : `${person.name} is already a member of this network.`);
      if (dto.hubId) await this.requireHubOf(manager, networkId, dto.hubId);
      if (dto.schoolId) await this.requireSchoolOf(manager, person.organisationId, dto.schoolId);
      const saved = await manager.save(
        manager.create(NetworkMember, { networkId, userId: person.id, role: 'member', hubId: dto.hubId ?? null, schoolId: dto.schoolId ?? null, addedByUserId: user.id }),
      );
      await this.audit.record(manager, user, {
        action: 'network_member.added',
        entityType: 'network_member',
        entityId: saved.id,
        allianceId: network.allianceId,
        changes: { networkId, userId: person.id, hubId: saved.hubId, schoolId: saved.schoolId },
      });
      return saved;
    });
    return toMembership(member);
  }

  async updateMembership(user: SessionUser, networkId: string, userId: string, dto: UpdateMembershipDto): Promise<NetworkMembership> {
    const member = await this.dataSource.transaction(async (manager) => {
      const context = await this.access.network(user, networkId, manager);
      const member = await this.findMember(manager, networkId, userId);
      const organisationId = await this.organisationOf(manager, userId);
      if (userId !== user.id && !context.canManage && !this.access.mayActForColleague(user, organisationId)) {
        throw new ForbiddenException('Only the member, their chief executive or headteacher, and the network’s leads can change this membership.');
      }
      if (dto.hubId) await this.requireHubOf(manager, networkId, dto.hubId);
      if (dto.schoolId) await this.requireSchoolOf(manager, organisationId, dto.schoolId);
      const changes = diff(member, { hubId: dto.hubId, schoolId: dto.schoolId });
      if (!Object.keys(changes).length) return member;
      Object.assign(member, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(member);
      await this.audit.record(manager, user, { action: 'network_member.updated', entityType: 'network_member', entityId: member.id, allianceId: context.network.allianceId, changes });
      return member;
    });
    return toMembership(member);
  }

  /** A member leaves, or a lead (or the coordinator) removes them. Leads are changed by the coordinator alone. */
  async removeMember(user: SessionUser, networkId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.access.network(user, networkId, manager);
      const member = await this.findMember(manager, networkId, userId);
      const leaving = userId === user.id;
      if (!leaving && !context.canManage) throw new ForbiddenException('Only the network’s leads and the alliance coordinator can remove a member.');
      if (member.role === 'lead') {
        if (!leaving && !context.isCoordinator) throw new ForbiddenException('Only the alliance coordinator can remove a lead.');
        const [{ leads }]: { leads: number }[] = await manager.query(`SELECT count(*)::int AS leads FROM network_members WHERE "networkId" = $1 AND role = 'lead'`, [networkId]);
        if (leads <= 1) throw new ConflictException('A network needs at least one lead. Ask the alliance coordinator to choose another lead first.');
      }
      await manager.delete(NetworkMember, { id: member.id });
      await manager.update(NetworkHub, { networkId, hubLeadUserId: userId }, { hubLeadUserId: null });
      await this.audit.record(manager, user, {
        action: leaving ? 'network_member.left' : 'network_member.removed',
        entityType: 'network_member',
        entityId: member.id,
        allianceId: context.network.allianceId,
        changes: { networkId, userId, role: member.role },
      });
    });
  }

  /** Members grouped by organisation, then by school (members working across the organisation last). */
  async directory(user: SessionUser, networkId: string): Promise<MemberDirectoryOrganisation[]> {
    const context = await this.access.network(user, networkId);
    const showEmails = context.canManage || context.membership !== null;
    const rows: {
      userId: string;
      name: string;
      email: string;
      role: NetworkMember['role'];
      hubId: string | null;
      hubName: string | null;
      joinedAt: Date;
      organisationId: string;
      organisationName: string;
      schoolId: string | null;
      schoolName: string | null;
    }[] = await this.dataSource.query(
      `SELECT u.id AS "userId", u.name, u.email, m.role, m."hubId", h.name AS "hubName", m."createdAt" AS "joinedAt",
              o.id AS "organisationId", o.name AS "organisationName", s.id AS "schoolId", s.name AS "schoolName"
         FROM network_members m
         JOIN users u ON u.id = m."userId"
         JOIN organisations o ON o.id = u."organisationId"
         LEFT JOIN schools s ON s.id = m."schoolId"
         LEFT JOIN network_hubs h ON h.id = m."hubId"
        WHERE m."networkId" = $1
        ORDER BY o.name, o.id, s.name NULLS LAST, s.id, u.name, u.id`,
      [networkId],
    );
    const organisations: MemberDirectoryOrganisation[] = [];
    for (const row of rows) {
      let organisation = organisations[organisations.length - 1];
      if (organisation?.organisationId !== row.organisationId) {
        organisation = { organisationId: row.organisationId, organisationName: row.organisationName, memberCount: 0, schools: [] };
        organisations.push(organisation);
      }
      let school = organisation.schools[organisation.schools.length - 1];
      if (!school || school.schoolId !== row.schoolId) {
        school = { schoolId: row.schoolId, schoolName: row.schoolName, members: [] };
        organisation.schools.push(school);
      }
      organisation.memberCount += 1;
      school.members.push({
        userId: row.userId,
        name: row.name,
        email: showEmails ? row.email : null,
        role: row.role,
        hubId: row.hubId,
        hubName: row.hubName,
        joinedAt: row.joinedAt.toISOString(),
      });
    }
    return organisations;
  }

  async findHub(user: SessionUser, hubId: string, manager: EntityManager = this.dataSource.manager): Promise<NetworkHub> {
    const hub = await manager.findOneBy(NetworkHub, { id: hubId });
    if (!hub) throw new NotFoundException(HUB_NOT_FOUND);
    // Hides hubs of other alliances' networks behind the same 404.
    await this.access.network(user, hub.networkId, manager).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException(HUB_NOT_FOUND) : error;
    });
    return hub;
  }

  private async hubView(user: SessionUser, hubId: string): Promise<HubView> {
    const hub = await this.findHub(user, hubId);
    const views = await this.hubViews(this.dataSource.manager, hub.networkId);
    const view = views.find((candidate) => candidate.id === hubId);
    if (!view) throw new NotFoundException(HUB_NOT_FOUND);
    return view;
  }

  private async hubViews(manager: EntityManager, networkId: string): Promise<HubView[]> {
    const rows: { id: string; networkId: string; name: string; region: string; leadId: string | null; leadName: string | null; leadOrganisation: string | null; memberCount: number }[] =
      await manager.query(
        `SELECT h.id, h."networkId", h.name, h.region, u.id AS "leadId", u.name AS "leadName", o.name AS "leadOrganisation",
                (SELECT count(*)::int FROM network_members m WHERE m."hubId" = h.id) AS "memberCount"
           FROM network_hubs h
           LEFT JOIN users u ON u.id = h."hubLeadUserId"
           LEFT JOIN organisations o ON o.id = u."organisationId"
          WHERE h."networkId" = $1
          ORDER BY h.region, h.name, h.id`,
        [networkId],
      );
    return rows.map((row) => ({
      id: row.id,
      networkId: row.networkId,
      name: row.name,
      region: row.region,
      hubLead: row.leadId ? { userId: row.leadId, name: row.leadName ?? '', organisationName: row.leadOrganisation ?? '' } : null,
      memberCount: row.memberCount,
    }));
  }

  private async leadsOf(manager: EntityManager, networkIds: string[]): Promise<Map<string, NetworkPersonRef[]>> {
    const leads = new Map<string, NetworkPersonRef[]>();
    if (!networkIds.length) return leads;
    const rows: (NetworkPersonRef & { networkId: string })[] = await manager.query(
      `SELECT m."networkId", u.id AS "userId", u.name, o.name AS "organisationName"
         FROM network_members m JOIN users u ON u.id = m."userId" JOIN organisations o ON o.id = u."organisationId"
        WHERE m."networkId" = ANY($1::uuid[]) AND m.role = 'lead'
        ORDER BY u.name, u.id`,
      [networkIds],
    );
    for (const { networkId, ...person } of rows) leads.set(networkId, [...(leads.get(networkId) ?? []), person]);
    return leads;
  }

  private async countNetworks(allianceIds: string[], query: NetworkListQueryDto): Promise<number> {
    const search = query.search?.trim();
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM networks n
        WHERE n."allianceId" = ANY($1::uuid[]) AND ($2::text IS NULL OR n.kind = $2)
          AND ($3::text IS NULL OR n.name ILIKE '%' || $3 || '%' OR $3 = ANY(n."subjectTags") OR $3 = ANY(n."phaseTags"))`,
      [allianceIds, query.kind ?? null, search ? escapeLike(search) : null],
    );
    return total;
  }

  /** Makes the person a member of the network in this hub (a hub lead belongs to their hub). */
  private async placeInHub(manager: EntityManager, user: SessionUser, networkId: string, userId: string, hubId: string): Promise<void> {
    await manager.query(
      `INSERT INTO network_members ("networkId", "userId", role, "hubId", "addedByUserId") VALUES ($1, $2, 'member', $3, $4)
       ON CONFLICT ("networkId", "userId") DO UPDATE SET "hubId" = EXCLUDED."hubId", "updatedAt" = now()`,
      [networkId, userId, hubId, user.id],
    );
  }

  private async requireUniqueHubName(manager: EntityManager, networkId: string, name: string, exceptHubId: string | null): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM network_hubs WHERE "networkId" = $1 AND name = $2 AND id IS DISTINCT FROM $3`, [networkId, name, exceptHubId]);
    if (rows.length) throw new ConflictException(`This network already has a hub called ${name}.`);
  }

  private async requireHubOf(manager: EntityManager, networkId: string, hubId: string): Promise<void> {
    if (!(await manager.existsBy(NetworkHub, { id: hubId, networkId }))) throw new BadRequestException('Choose one of the network’s hubs.');
  }

  private async requireSchoolOf(manager: EntityManager, organisationId: string, schoolId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM schools WHERE id = $1 AND "organisationId" = $2`, [schoolId, organisationId]);
    if (!rows.length) throw new BadRequestException('Choose one of the member’s own organisation’s schools.');
  }

  private async findMember(manager: EntityManager, networkId: string, userId: string): Promise<NetworkMember> {
    const member = await manager.findOne(NetworkMember, { where: { networkId, userId }, lock: { mode: 'pessimistic_write' } });
    if (!member) throw new NotFoundException(MEMBER_NOT_FOUND);
    return member;
  }

  private async organisationOf(manager: EntityManager, userId: string): Promise<string> {
    const rows: { organisationId: string }[] = await manager.query(`SELECT "organisationId" FROM users WHERE id = $1`, [userId]);
    if (!rows.length) throw new NotFoundException(MEMBER_NOT_FOUND);
    return rows[0].organisationId;
  }
}

function toSummary(row: Omit<NetworkRow, 'total'> & { total?: number }, leads: NetworkPersonRef[]): NetworkSummary {
  return {
    id: row.id,
    allianceId: row.allianceId,
    name: row.name,
    kind: row.kind,
    subjectTags: row.subjectTags,
    phaseTags: row.phaseTags,
    leads,
    memberCount: row.memberCount,
    hubCount: row.hubCount,
    myRole: row.myRole,
  };
}

function toMembership(member: NetworkMember): NetworkMembership {
  return { networkId: member.networkId, userId: member.userId, role: member.role, hubId: member.hubId, schoolId: member.schoolId };
}
