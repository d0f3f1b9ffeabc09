import { BadRequestException, ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { CreateEventDto, EventDetail, EventListQueryDto, EventSummary, MyBookingView, Page, SessionUser, UpdateEventDto } from '@alliance/contracts';
import { TZDate } from '@date-fns/tz';
import { randomUUID } from 'node:crypto';
import { Brackets, DataSource, EntityManager, In } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { cohortInsiderParameters, cohortInsiderSql } from '../cohorts/cohort-access';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { AllianceAccess, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { Outbox } from '../mail/outbox.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { Booking } from './entities/booking.entity';
import { TrainingEvent } from './entities/training-event.entity';
import { EVENT_NOT_FOUND, isHostOf, mayHostFor } from './event-access';
import { eventCancelledMail, eventChangedMail } from './event-mail';
import { toEventDetail, toEventSummary } from './event-views';
import { WaitingList } from './waiting-list';

const LONDON = 'Europe/London';

@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    private readonly waitingList: WaitingList,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(user: SessionUser, query: EventListQueryDto): Promise<Page<EventSummary>> {
    const allianceIds = (await this.access.activeAllianceIds(user)).filter((id) => !query.allianceId || id === query.allianceId);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (!allianceIds.length) return empty;
    const builder = this.dataSource
      .getRepository(TrainingEvent)
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.hostOrganisation', 'host')
      .where('event.allianceId IN (:...allianceIds)', { allianceIds })
      .andWhere(`(event."cohortId" IS NULL OR ${cohortInsiderSql('event."cohortId"')})`, cohortInsiderParameters(user));
    if (!query.includePast) builder.andWhere('event.endsAt >= now()');
    if (query.audience) builder.andWhere(':audience = ANY(event.audience)', { audience: query.audience });
    if (query.hostOrganisationId) builder.andWhere('event.hostOrganisationId = :host', { host: query.hostOrganisationId });
    if (query.format) builder.andWhere('event.format = :format', { format: query.format });
    if (query.hasPlaces) builder.andWhere(`event.status = 'scheduled' AND event.confirmedCount < event.capacity`);
    if (query.month) {
      const [year, month] = query.month.split('-').map(Number);
      builder.andWhere('event.startsAt >= :from AND event.startsAt < :to', {
        from: new Date(new TZDate(year, month - 1, 1, LONDON).getTime()),
        to: new Date(new TZDate(year, month, 1, LONDON).getTime()),
      });
    }
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.andWhere(new Brackets((where) => where.where('event.title ILIKE :pattern', { pattern }).orWhere('event.description ILIKE :pattern', { pattern })));
    }
    const [events, total] = await builder
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const mine = await this.myBookings(user.id, events.map((event) => event.id));
    return {
      items: events.map((event) => toEventSummary(event, event.hostOrganisation?.name ?? '', mine.get(event.id) ?? null)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(user: SessionUser, eventId: string): Promise<EventDetail> {
    const event = await this.findVisible(user, eventId);
    const host = await this.dataSource.getRepository(Organisation).findOneByOrFail({ id: event.hostOrganisationId });
    const mine = await this.myBookings(user.id, [event.id]);
    const series = event.seriesId
      ? await this.dataSource.getRepository(TrainingEvent).find({ where: { seriesId: event.seriesId }, order: { startsAt: 'ASC' }, select: { id: true, startsAt: true, endsAt: true } })
      : [];
    return toEventDetail(user, event, host.name, mine.get(event.id) ?? null, series);
  }

  async create(user: SessionUser, dto: CreateEventDto): Promise<EventDetail> {
    await this.access.requireActiveMember(user, dto.allianceId);
    if (!mayHostFor(user, dto.allianceId)) throw new ForbiddenException('Only chief executives, headteachers, business managers and the coordinator can create events.');
    const dates = [{ startsAt: dto.startsAt, endsAt: dto.endsAt }, ...(dto.seriesDates ?? [])].map((date) => checkedDates(date.startsAt, date.endsAt, dto.bookingDeadline));
    const seriesId = dates.length > 1 ? randomUUID() : null;
    const first = await this.dataSource.transaction(async (manager) => {
      const created: TrainingEvent[] = [];
      for (const { startsAt, endsAt, bookingDeadline } of dates) {
        const event = await manager.save(
          manager.create(TrainingEvent, {
            allianceId: dto.allianceId,
            hostOrganisationId: user.organisationId,
            createdByUserId: user.id,
            title: dto.title.trim(),
            description: dto.description.trim(),
            audience: dto.audience,
            format: dto.format,
            venue: dto.format === 'in_person' ? (dto.venue?.trim() ?? null) : null,
            address: dto.format === 'in_person' ? (dto.address?.trim() || null) : null,
            onlineUrl: dto.format === 'online' ? (dto.onlineUrl ?? null) : null,
            startsAt,
            endsAt,
            capacity: dto.capacity,
            bookingDeadline,
            seriesId,
          }),
        );
        await this.audit.record(manager, user, {
          action: 'event.created',
          entityType: 'event',
          entityId: event.id,
          allianceId: dto.allianceId,
          changes: { title: event.title, startsAt: event.startsAt, capacity: event.capacity },
        });
        created.push(event);
      }
      return created[0];
    });
    return this.detail(user, first.id);
  }

  async update(user: SessionUser, eventId: string, dto: UpdateEventDto): Promise<EventDetail> {
    await this.findVisible(user, eventId);
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockForHost(manager, user, eventId);
      if (event.status === 'cancelled') throw new ConflictException('This event has been cancelled and can no longer be changed.');
      const startsAt = dto.startsAt ? new Date(dto.startsAt) : event.startsAt;
      const endsAt = dto.endsAt ? new Date(dto.endsAt) : event.endsAt;
      const bookingDeadline = dto.bookingDeadline ? new Date(dto.bookingDeadline) : event.bookingDeadline;
      if (endsAt <= startsAt) throw new BadRequestException('The event must end after it starts.');
      if (bookingDeadline && bookingDeadline > startsAt) throw new BadRequestException('The booking deadline must be before the event starts.');
      if (dto.capacity !== undefined && dto.capacity < event.confirmedCount) {
        throw new ConflictException(`${event.confirmedCount} people already have a place, so the capacity cannot be lower than ${event.confirmedCount}. Cancel places first.`);
      }
      const changes = diff(event, {
        title: dto.title?.trim(),
        description: dto.description?.trim(),
        audience: dto.audience,
        venue: dto.venue?.trim(),
        address: dto.address?.trim(),
        onlineUrl: dto.onlineUrl,
        startsAt,
        endsAt,
        capacity: dto.capacity,
        bookingDeadline,
      });
      if (!Object.keys(changes).length) return;
      Object.assign(event, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(event);
      if (dto.capacity !== undefined) await this.waitingList.fillFreePlaces(manager, user, event);
      await this.audit.record(manager, user, { action: 'event.updated', entityType: 'event', entityId: event.id, allianceId: event.allianceId, changes });
      if (['startsAt', 'endsAt', 'venue', 'address', 'onlineUrl'].some((field) => field in changes)) {
        for (const person of await this.bookedPeople(manager, event.id)) {
          await this.outbox.enqueue(manager, eventChangedMail(person, event, this.config.publicUrl));
        }
      }
    });
    return this.detail(user, eventId);
  }

  async cancel(user: SessionUser, eventId: string): Promise<EventDetail> {
    await this.findVisible(user, eventId);
    await this.dataSource.transaction(async (manager) => {
      const event = await this.lockForHost(manager, user, eventId);
      if (event.status === 'cancelled') throw new ConflictException('This event has already been cancelled.');
      const people = await this.bookedPeople(manager, event.id);
      await manager.update(Booking, { eventId: event.id, status: In(['confirmed', 'waitlisted']) }, { status: 'cancelled', cancelledAt: new Date() });
      await manager.update(TrainingEvent, event.id, { status: 'cancelled', cancelledAt: new Date(), confirmedCount: 0, waitlistCount: 0 });
      await this.audit.record(manager, user, { action: 'event.cancelled', entityType: 'event', entityId: event.id, allianceId: event.allianceId, changes: { bookingsCancelled: people.length } });
      for (const person of people) await this.outbox.enqueue(manager, eventCancelledMail(person, event));
    });
    return this.detail(user, eventId);
  }

  /** The event if the person's organisation is an active member of its alliance (and, for an ECT cohort's session, the person is connected to the cohort); otherwise 404. */
  async findVisible(user: SessionUser, eventId: string, manager: EntityManager = this.dataSource.manager): Promise<TrainingEvent> {
    const event = await manager
      .getRepository(TrainingEvent)
      .createQueryBuilder('event')
      .innerJoin('alliance_memberships', 'membership', `membership."allianceId" = event."allianceId" AND membership.status = 'active' AND membership."organisationId" = :organisationId`, {
        organisationId: requireOrganisationId(user),
      })
      .where('event.id = :eventId', { eventId })
      .andWhere(`(event."cohortId" IS NULL OR ${cohortInsiderSql('event."cohortId"')})`, cohortInsiderParameters(user))
      .getOne();
    if (!event) throw new NotFoundException(EVENT_NOT_FOUND);
    return event;
  }

  requireHost(user: SessionUser, event: TrainingEvent): void {
    if (!isHostOf(user, event)) throw new ForbiddenException('Only the host organisation can do this.');
  }

  private async lockForHost(manager: EntityManager, user: SessionUser, eventId: string): Promise<TrainingEvent> {
    const event = await manager.findOneOrFail(TrainingEvent, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
    this.requireHost(user, event);
    return event;
  }

  private bookedPeople(manager: EntityManager, eventId: string): Promise<{ email: string; name: string }[]> {
    return manager.query(
      `SELECT u.email, u.name FROM bookings b JOIN users u ON u.id = b."userId" WHERE b."eventId" = $1 AND b.status IN ('confirmed', 'waitlisted')`,
      [eventId],
    );
  }

  private async myBookings(userId: string, eventIds: string[]): Promise<Map<string, MyBookingView>> {
    if (!eventIds.length) return new Map();
    const rows: { id: string; eventId: string; status: 'confirmed' | 'waitlisted'; position: number | null }[] = await this.dataSource.query(
      `SELECT b.id, b."eventId", b.status,
              CASE WHEN b.status = 'waitlisted' THEN (
                SELECT count(*)::int FROM bookings w WHERE w."eventId" = b."eventId" AND w.status = 'waitlisted' AND w."queueNumber" <= b."queueNumber"
              ) END AS position
         FROM bookings b WHERE b."userId" = $1 AND b."eventId" = ANY($2::uuid[]) AND b.status <> 'cancelled'`,
      [userId, eventIds],
    );
    return new Map(rows.map((row) => [row.eventId, { id: row.id, status: row.status, waitlistPosition: row.position }]));
  }
}

function checkedDates(startsAtText: string, endsAtText: string, deadlineText: string | undefined): { startsAt: Date; endsAt: Date; bookingDeadline: Date | null } {
  const startsAt = new Date(startsAtText);
  const endsAt = new Date(endsAtText);
  const bookingDeadline = deadlineText ? new Date(deadlineText) : null;
  if (startsAt <= new Date()) throw new BadRequestException('The event must start in the future.');
  if (endsAt <= startsAt) throw new BadRequestException('The event must end after it starts.');
  if (bookingDeadline && bookingDeadline > startsAt) throw new BadRequestException('The booking deadline must be before the event starts.');
  return { startsAt, endsAt, bookingDeadline };
}
