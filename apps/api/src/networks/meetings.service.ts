import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  CreateMeetingDto,
  DecisionView,
  MarkMeetingAttendanceDto,
  MeetingAttendeeView,
  MeetingDetail,
  MeetingListQueryDto,
  MeetingSummary,
  Page,
  RecordMeetingOutcomeDto,
  RsvpCounts,
  RsvpDto,
  RsvpResponse,
  SessionUser,
  UpdateMeetingDto,
} from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { NetworkHub } from './entities/network-hub.entity';
import { NetworkMeeting } from './entities/network-meeting.entity';
import { MEETING_NOT_FOUND, NetworkAccess, NetworkContext } from './network-access.service';
import { requiredText } from './network-text';

/** What the signed-in person may do with one meeting. */
interface MeetingContext extends NetworkContext {
  meeting: NetworkMeeting;
  hub: NetworkHub | null;
  /** Leads and the coordinator, and a hub meeting's hub lead. */
  canManageMeeting: boolean;
  /** A member of the network, and for a hub meeting a member (or the lead) of that hub. */
  canRsvp: boolean;
}

/** Gives a meeting's place in someone's calendar: the events module's feed asks for these. */
export interface MeetingCalendarEntry {
  id: string;
  title: string;
  networkName: string;
  agenda: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
}

const SUMMARY_COLUMNS = `mt.id, mt."networkId", n.name AS "networkName", mt.kind, mt."hubId", h.name AS "hubName", mt.title, mt."startsAt", mt."endsAt",
  mt.venue, mt.status,
  (SELECT count(*) FILTER (WHERE r.rsvp = 'going')::int FROM meeting_responses r WHERE r."meetingId" = mt.id) AS going,
  (SELECT count(*) FILTER (WHERE r.rsvp = 'maybe')::int FROM meeting_responses r WHERE r."meetingId" = mt.id) AS maybe,
  (SELECT count(*) FILTER (WHERE r.rsvp = 'not_going')::int FROM meeting_responses r WHERE r."meetingId" = mt.id) AS "notGoing",
  (SELECT r.rsvp FROM meeting_responses r WHERE r."meetingId" = mt.id AND r."userId" = $2) AS "myRsvp"`;

/** Hub meetings are seen by the hub's members and lead, and by the network's managers ($3); national ones by everyone who sees the network. */
const VISIBLE_TO_PERSON = `(mt.kind = 'national' OR $3::boolean OR h."hubLeadUserId" = $2
  OR EXISTS (SELECT 1 FROM network_members me WHERE me."networkId" = mt."networkId" AND me."userId" = $2 AND me."hubId" = mt."hubId"))`;

interface SummaryRow {
  id: string;
  networkId: string;
  networkName: string;
  kind: MeetingSummary['kind'];
  hubId: string | null;
  hubName: string | null;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  status: MeetingSummary['status'];
  going: number;
  maybe: number;
  notGoing: number;
  myRsvp: RsvpResponse | null;
  total?: number;
}

@Injectable()
export class MeetingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: NetworkAccess,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, networkId: string, query: MeetingListQueryDto): Promise<Page<MeetingSummary>> {
    const context = await this.access.network(user, networkId);
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER ()::int AS total
         FROM network_meetings mt JOIN networks n ON n.id = mt."networkId" LEFT JOIN network_hubs h ON h.id = mt."hubId"
        WHERE mt."networkId" = $1 AND ${VISIBLE_TO_PERSON} AND ($4::boolean OR mt."endsAt" >= now()) AND ($7::uuid IS NULL OR mt."hubId" = $7)
        ORDER BY mt."startsAt" ${query.includePast ? 'DESC' : 'ASC'}, mt.id
        LIMIT $5 OFFSET $6`,
      [networkId, user.id, context.canManage, query.includePast ?? false, query.pageSize, (query.page - 1) * query.pageSize, query.hubId ?? null],
    );
    return { items: rows.map(toSummary), total: rows[0]?.total ?? 0, page: query.page, pageSize: query.pageSize };
  }

  async upcoming(user: SessionUser, context: NetworkContext, limit: number): Promise<MeetingSummary[]> {
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}
         FROM network_meetings mt JOIN networks n ON n.id = mt."networkId" LEFT JOIN network_hubs h ON h.id = mt."hubId"
        WHERE mt."networkId" = $1 AND ${VISIBLE_TO_PERSON} AND mt."endsAt" >= now() AND mt.status = 'scheduled'
        ORDER BY mt."startsAt", mt.id LIMIT $4`,
      [context.network.id, user.id, context.canManage, limit],
    );
    return rows.map(toSummary);
  }

  /** Decisions of the most recent meetings the person can see, newest meeting first. */
  async recentDecisions(user: SessionUser, context: NetworkContext, limit: number): Promise<DecisionView[]> {
    const rows: { id: string; title: string; startsAt: Date; decision: string }[] = await this.dataSource.query(
      `SELECT mt.id, mt.title, mt."startsAt", d.decision
         FROM network_meetings mt LEFT JOIN network_hubs h ON h.id = mt."hubId"
        CROSS JOIN LATERAL unnest(mt.decisions) WITH ORDINALITY AS d(decision, position)
        WHERE mt."networkId" = $1 AND ${VISIBLE_TO_PERSON}
        ORDER BY mt."startsAt" DESC, mt.id, d.position LIMIT $4`,
      [context.network.id, user.id, context.canManage, limit],
    );
    return rows.map((row) => ({ meetingId: row.id, meetingTitle: row.title, meetingStartsAt: row.startsAt.toISOString(), decision: row.decision }));
  }

  async detail(user: SessionUser, meetingId: string): Promise<MeetingDetail> {
    const context = await this.meeting(user, meetingId);
    const [row]: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS} FROM network_meetings mt JOIN networks n ON n.id = mt."networkId" LEFT JOIN network_hubs h ON h.id = mt."hubId" WHERE mt.id = $1`,
      [meetingId, user.id],
    );
    const { meeting } = context;
    const isMember = context.membership !== null || context.canManageMeeting;
    return {
      ...toSummary(row),
      address: meeting.address,
      onlineUrl: isMember ? meeting.onlineUrl : null,
      agenda: meeting.agenda,
      notes: meeting.notes,
      decisions: meeting.decisions,
      notesRecordedAt: meeting.notesRecordedAt?.toISOString() ?? null,
      canManage: context.canManageMeeting,
      canRsvp: context.canRsvp && meeting.status === 'scheduled' && meeting.startsAt > new Date(),
    };
  }

  async create(user: SessionUser, networkId: string, dto: CreateMeetingDto): Promise<MeetingDetail> {
    const meetingId = await this.dataSource.transaction(async (manager) => {
      const context = await this.access.network(user, networkId, manager);
      const hub = dto.kind === 'hub' && dto.hubId ? await manager.findOneBy(NetworkHub, { id: dto.hubId, networkId }) : null;
      if (dto.kind === 'hub' && !hub) throw new BadRequestException('Choose one of the network’s hubs.');
      if (dto.kind === 'national' && dto.hubId) throw new BadRequestException('A national meeting is for the whole network: leave the hub out.');
      if (!context.canManage && !(hub && hub.hubLeadUserId === user.id)) {
        throw new ForbiddenException('Only the network’s leads, the hub’s lead and the alliance coordinator can arrange meetings.');
      }
      const { startsAt, endsAt } = checkedTimes(dto.startsAt, dto.endsAt, true);
      const meeting = await manager.save(
        manager.create(NetworkMeeting, {
          networkId,
          kind: dto.kind,
          hubId: hub?.id ?? null,
          title: requiredText(dto.title, 'Enter a title'),
          startsAt,
          endsAt,
          venue: dto.venue?.trim() || null,
          address: dto.address?.trim() || null,
          onlineUrl: dto.onlineUrl ?? null,
          agenda: dto.agenda?.trim() ?? '',
          createdByUserId: user.id,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'network_meeting.created',
        entityType: 'network_meeting',
        entityId: meeting.id,
        allianceId: context.network.allianceId,
        changes: { networkId, kind: meeting.kind, hubId: meeting.hubId, title: meeting.title, startsAt: meeting.startsAt },
      });
      return meeting.id;
    });
    return this.detail(user, meetingId);
  }

  async update(user: SessionUser, meetingId: string, dto: UpdateMeetingDto): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.meeting(user, meetingId, manager, true);
      this.requireMeetingManager(context);
      const { meeting } = context;
      if (meeting.status === 'cancelled') throw new ConflictException('This meeting has been cancelled and can no longer be changed.');
      const times = dto.startsAt || dto.endsAt ? checkedTimes(dto.startsAt ?? meeting.startsAt.toISOString(), dto.endsAt ?? meeting.endsAt.toISOString(), false) : null;
      const changes = diff(meeting, {
        title: dto.title === undefined ? undefined : requiredText(dto.title, 'Enter a title'),
        startsAt: times?.startsAt,
        endsAt: times?.endsAt,
        venue: dto.venue?.trim(),
        address: dto.address?.trim(),
        onlineUrl: dto.onlineUrl,
        agenda: dto.agenda?.trim(),
      });
      if (!Object.keys(changes).length) return;
      Object.assign(meeting, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(meeting);
      await this.audit.record(manager, user, { action: 'network_meeting.updated', entityType: 'network_meeting', entityId: meeting.id, allianceId: context.network.allianceId, changes });
    });
    return this.detail(user, meetingId);
  }

  async cancel(user: SessionUser, meetingId: string): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.meeting(user, meetingId, manager, true);
      this.requireMeetingManager(context);
      if (context.meeting.status === 'cancelled') throw new ConflictException('This meeting has already been cancelled.');
      await manager.update(NetworkMeeting, meetingId, { status: 'cancelled' });
      await this.audit.record(manager, user, { action: 'network_meeting.cancelled', entityType: 'network_meeting', entityId: meetingId, allianceId: context.network.allianceId });
    });
    return this.detail(user, meetingId);
  }

  /** Notes and decisions, written by a lead once the meeting has started; replaces what was recorded before. */
  async recordOutcome(user: SessionUser, meetingId: string, dto: RecordMeetingOutcomeDto): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.meeting(user, meetingId, manager, true);
      this.requireMeetingManager(context);
      const { meeting } = context;
      if (meeting.startsAt > new Date()) throw new ConflictException('Notes and decisions can be recorded once the meeting has started.');
      const decisions = (dto.decisions ?? []).map((decision) => decision.trim()).filter(Boolean);
      const changes = diff(meeting, { notes: dto.notes.trim(), decisions });
      await manager.update(NetworkMeeting, meetingId, { notes: dto.notes.trim(), decisions, notesRecordedAt: new Date() });
      await this.audit.record(manager, user, { action: 'network_meeting.outcome_recorded', entityType: 'network_meeting', entityId: meetingId, allianceId: context.network.allianceId, changes });
    });
    return this.detail(user, meetingId);
  }

  async rsvp(user: SessionUser, meetingId: string, dto: RsvpDto): Promise<MeetingDetail> {
    await this.dataSource.transaction(async (manager) => {
      const context = await this.meeting(user, meetingId, manager);
      const { meeting } = context;
      if (!context.canRsvp) {
        throw new ForbiddenException(meeting.kind === 'hub' ? 'Only members of this hub can reply to its meetings. Join the hub first.' : 'Join the network to reply to its meetings.');
      }
      if (meeting.status === 'cancelled') throw new ConflictException('This meeting has been cancelled.');
      if (meeting.startsAt <= new Date()) throw new ConflictException('This meeting has already started, so replies are closed.');
      await manager.query(
        `INSERT INTO meeting_responses ("meetingId", "userId", rsvp) VALUES ($1, $2, $3)
         ON CONFLICT ("meetingId", "userId") DO UPDATE SET rsvp = EXCLUDED.rsvp, "updatedAt" = now()`,
        [meetingId, user.id, dto.response],
      );
      await this.audit.record(manager, user, {
        action: 'network_meeting.rsvp',
        entityType: 'network_meeting',
        entityId: meetingId,
        allianceId: context.network.allianceId,
        changes: { response: dto.response },
      });
    });
    return this.detail(user, meetingId);
  }

  /** Everyone who replied or was marked, and every other member expected (the hub's, for a hub meeting): for managers. */
  async attendees(user: SessionUser, meetingId: string): Promise<MeetingAttendeeView[]> {
    const context = await this.meeting(user, meetingId);
    this.requireMeetingManager(context);
    return this.attendeeViews(this.dataSource.manager, context.meeting);
  }

  async markAttendance(user: SessionUser, meetingId: string, dto: MarkMeetingAttendanceDto): Promise<MeetingAttendeeView[]> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.meeting(user, meetingId, manager, true);
      this.requireMeetingManager(context);
      const { meeting } = context;
      if (meeting.startsAt > new Date()) throw new ConflictException('Attendance can be marked once the meeting has started.');
      const userIds = [...new Set(dto.entries.map((entry) => entry.userId))];
      const members: { userId: string }[] = await manager.query(`SELECT "userId" FROM network_members WHERE "networkId" = $1 AND "userId" = ANY($2::uuid[])`, [meeting.networkId, userIds]);
      if (members.length !== userIds.length) throw new BadRequestException('Attendance can be marked only for members of the network.');
      for (const entry of dto.entries) {
        await manager.query(
          `INSERT INTO meeting_responses ("meetingId", "userId", attendance, "attendanceMarkedAt") VALUES ($1, $2, $3, now())
           ON CONFLICT ("meetingId", "userId") DO UPDATE SET attendance = EXCLUDED.attendance, "attendanceMarkedAt" = now(), "updatedAt" = now()`,
          [meetingId, entry.userId, entry.attendance],
        );
      }
      await this.audit.record(manager, user, {
        action: 'network_meeting.attendance_marked',
        entityType: 'network_meeting',
        entityId: meetingId,
        allianceId: context.network.allianceId,
        changes: { entries: dto.entries.map((entry) => ({ userId: entry.userId, attendance: entry.attendance })) },
      });
      return this.attendeeViews(manager, meeting);
    });
  }

  /** Scheduled meetings the person said they are going to, while they still belong to the network and its alliance. */
  async calendarEntries(userId: string): Promise<MeetingCalendarEntry[]> {
    return this.dataSource.query(
      `SELECT mt.id, mt.title, n.name AS "networkName", mt.agenda, mt."startsAt", mt."endsAt", mt.venue, mt.address, mt."onlineUrl"
         FROM meeting_responses r
         JOIN network_meetings mt ON mt.id = r."meetingId"
         JOIN networks n ON n.id = mt."networkId"
         JOIN network_members m ON m."networkId" = n.id AND m."userId" = r."userId"
         JOIN users u ON u.id = r."userId"
         JOIN alliance_memberships am ON am."allianceId" = n."allianceId" AND am."organisationId" = u."organisationId" AND am.status = 'active'
        WHERE r."userId" = $1 AND r.rsvp = 'going' AND mt.status = 'scheduled' AND mt."endsAt" > now() - interval '31 days'
        ORDER BY mt."startsAt"`,
      [userId],
    );
  }

  private async meeting(user: SessionUser, meetingId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<MeetingContext> {
    const meeting = await manager.findOne(NetworkMeeting, { where: { id: meetingId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!meeting) throw new NotFoundException(MEETING_NOT_FOUND);
    const context = await this.access.network(user, meeting.networkId, manager).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException(MEETING_NOT_FOUND) : error;
    });
    const hub = meeting.hubId ? await manager.findOneBy(NetworkHub, { id: meeting.hubId }) : null;
    const isHubLead = hub !== null && hub.hubLeadUserId === user.id;
    const inHub = hub !== null && context.membership?.hubId === hub.id;
    if (meeting.kind === 'hub' && !context.canManage && !isHubLead && !inHub) throw new NotFoundException(MEETING_NOT_FOUND);
    return {
      ...context,
      meeting,
      hub,
      canManageMeeting: context.canManage || isHubLead,
      canRsvp: context.membership !== null && (meeting.kind === 'national' || inHub || isHubLead),
    };
  }

  private requireMeetingManager(context: MeetingContext): void {
    if (!context.canManageMeeting) throw new ForbiddenException('Only the network’s leads, the hub’s lead and the alliance coordinator can do this.');
  }

  private async attendeeViews(manager: EntityManager, meeting: NetworkMeeting): Promise<MeetingAttendeeView[]> {
    return manager.query(
      `SELECT u.id AS "userId", u.name, o.name AS "organisationName", r.rsvp, r.attendance
         FROM network_members m
         JOIN users u ON u.id = m."userId"
         JOIN organisations o ON o.id = u."organisationId"
         LEFT JOIN meeting_responses r ON r."meetingId" = $1 AND r."userId" = m."userId"
        WHERE m."networkId" = $2 AND ($3::uuid IS NULL OR m."hubId" = $3 OR r.id IS NOT NULL)
        ORDER BY o.name, u.name, u.id`,
      [meeting.id, meeting.networkId, meeting.hubId],
    );
  }
}

function toSummary(row: SummaryRow): MeetingSummary {
  const rsvpCounts: RsvpCounts = { going: row.going, maybe: row.maybe, not_going: row.notGoing };
  return {
    id: row.id,
    networkId: row.networkId,
    networkName: row.networkName,
    kind: row.kind,
    hubId: row.hubId,
    hubName: row.hubName,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    venue: row.venue,
    status: row.status,
    rsvpCounts,
    myRsvp: row.myRsvp,
  };
}

function checkedTimes(startsAtText: string, endsAtText: string, mustBeFuture: boolean): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(startsAtText);
  const endsAt = new Date(endsAtText);
  if (mustBeFuture && startsAt <= new Date()) throw new BadRequestException('The meeting must start in the future.');
  if (endsAt <= startsAt) throw new BadRequestException('The meeting must end after it starts.');
  if (endsAt.getTime() - startsAt.getTime() > 24 * 60 * 60 * 1000) throw new BadRequestException('A meeting can last at most a day.');
  return { startsAt, endsAt };
}
