import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  Attendance,
  AttendeeView,
  BOOK_FOR_COLLEAGUE_ROLES,
  BookEventDto,
  BookingResult,
  MyBookingListItem,
  Page,
  ROLE_LABELS,
  Role,
  SessionUser,
} from '@alliance/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { requireEnrolledForSession } from '../cohorts/cohort-access';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { Outbox } from '../mail/outbox.service';
import { User } from '../organisations/entities/user.entity';
import { Booking } from './entities/booking.entity';
import { TrainingEvent } from './entities/training-event.entity';
import { EventBookingQueue } from './event-booking-queue';
import { bookingCancelledMail, bookingConfirmedMail, bookingWaitlistedMail } from './event-mail';
import { whyBookingIsClosed } from './event-views';
import { EventsService } from './events.service';
import { WaitingList } from './waiting-list';

const BOOKING_NOT_FOUND = 'We could not find that booking.';

interface Person {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

@Injectable()
export class BookingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly waitingList: WaitingList,
    private readonly queue: EventBookingQueue,
    private readonly audit: AuditLog,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Books a place, or a place on the waiting list when the event is full. The event's row is locked for the
   * whole transaction, so however many requests and API processes race, places are given out one at a time.
   */
  async book(user: SessionUser, eventId: string, dto: BookEventDto): Promise<BookingResult> {
    const visible = await this.events.findVisible(user, eventId);
    const person = await this.personToBook(user, dto.userId);
    const forSelf = person.id === user.id;
    if (!visible.audience.some((role) => person.roles.includes(role))) {
      const audience = visible.audience.map((role) => ROLE_LABELS[role].toLowerCase()).join(', ');
      throw new ForbiddenException(`This event is for: ${audience}. ${forSelf ? 'Your role is' : `${person.name}’s role is`} not one of them.`);
    }
    if (visible.cohortId) await requireEnrolledForSession(this.dataSource.manager, visible.cohortId, person, forSelf);
    const outcome = await this.queue.book(eventId, {
      personId: person.id,
      bookedById: user.id,
      organisationId: user.organisationId,
      email: person.email,
      confirmedMail: bookingConfirmedMail(person, visible, this.config.publicUrl),
      waitlistedMail: bookingWaitlistedMail(person, visible, '{position}', this.config.publicUrl),
    });
    if (outcome.skipped) await this.fillFreePlaces(eventId);
    if (!outcome.open) {
      const event = await this.dataSource.getRepository(TrainingEvent).findOneByOrFail({ id: eventId });
      throw new ConflictException(whyBookingIsClosed(event) ?? 'This event cannot be booked just now. Try again.');
    }
    const result: BookingResult | null =
      outcome.id && outcome.status ? (outcome.position ? { id: outcome.id, status: outcome.status, waitlistPosition: outcome.position } : { id: outcome.id, status: outcome.status }) : null;
    if (result) return result;
    const existing = await this.dataSource.getRepository(Booking).findOneByOrFail({ eventId, userId: person.id, status: In(['confirmed', 'waitlisted']) });
    const who = forSelf ? 'You already have' : `${person.name} already has`;
    throw new ConflictException(existing.status === 'confirmed' ? `${who} a place on this event.` : `${who} a place on the waiting list for this event.`);
  }

  async cancel(user: SessionUser, bookingId: string): Promise<void> {
    const booking = await this.dataSource.getRepository(Booking).findOneBy({ id: bookingId });
    if (!booking || (booking.userId !== user.id && booking.bookedByUserId !== user.id)) throw new NotFoundException(BOOKING_NOT_FOUND);
    await this.events.findVisible(user, booking.eventId);
    await this.dataSource.transaction((manager) => this.cancelInTransaction(manager, user, booking));
  }

  /**
   * Cancels a live booking in the caller's transaction: takes the event's row lock, moves the counters and
   * promotes the first waitlisted person. The cohorts module calls it when an ECT is withdrawn or transferred.
   */
  async cancelInTransaction(manager: EntityManager, user: SessionUser, booking: Pick<Booking, 'id' | 'eventId'>): Promise<void> {
    const event = await manager.findOneOrFail(TrainingEvent, { where: { id: booking.eventId }, lock: { mode: 'pessimistic_write' } });
    const current = await manager.findOneByOrFail(Booking, { id: booking.id });
    if (current.status === 'cancelled') throw new ConflictException('This booking has already been cancelled.');
    if (event.startsAt <= new Date()) throw new ConflictException('The event has started, so the booking can no longer be cancelled.');
    await manager.update(Booking, booking.id, { status: 'cancelled', cancelledAt: new Date() });
    if (current.status === 'confirmed') event.confirmedCount -= 1;
    else event.waitlistCount -= 1;
    await manager.update(TrainingEvent, event.id, { confirmedCount: event.confirmedCount, waitlistCount: event.waitlistCount });
    await this.audit.record(manager, user, { action: 'booking.cancelled', entityType: 'booking', entityId: booking.id, allianceId: event.allianceId, changes: { was: current.status } });
    const person = await manager.findOneByOrFail(User, { id: current.userId });
    await this.outbox.enqueue(manager, bookingCancelledMail(person, event, this.config.publicUrl));
    if (current.status === 'confirmed') await this.waitingList.fillFreePlaces(manager, user, event);
  }

  async markAttendance(user: SessionUser, bookingId: string, attendance: Attendance): Promise<AttendeeView> {
    const booking = await this.dataSource.getRepository(Booking).findOneBy({ id: bookingId });
    if (!booking) throw new NotFoundException(BOOKING_NOT_FOUND);
    const event = await this.events.findVisible(user, booking.eventId);
    this.events.requireHost(user, event);
    if (event.startsAt > new Date()) throw new ConflictException('You can mark attendance once the event has started.');
    if (booking.status !== 'confirmed') throw new ConflictException('Only people with a confirmed place can be marked as attended or absent.');
    await this.dataSource.transaction(async (manager) => {
      await manager.update(Booking, bookingId, { attendance, attendanceMarkedAt: new Date() });
      await this.audit.record(manager, user, { action: 'booking.attendance_marked', entityType: 'booking', entityId: bookingId, allianceId: event.allianceId, changes: { attendance } });
    });
    const attendee = (await this.attendees(user, event.id)).find((candidate) => candidate.bookingId === bookingId);
    if (!attendee) throw new NotFoundException(BOOKING_NOT_FOUND);
    return attendee;
  }

  async attendees(user: SessionUser, eventId: string): Promise<AttendeeView[]> {
    const event = await this.events.findVisible(user, eventId);
    this.events.requireHost(user, event);
    const rows: (Omit<AttendeeView, 'bookedAt'> & { bookedAt: Date })[] = await this.dataSource.query(
      `SELECT b.id AS "bookingId", u.id AS "userId", u.name, u.email, o.name AS "organisationName", u.roles,
              b."createdAt" AS "bookedAt", booker.name AS "bookedByName", b.status, b.attendance,
              CASE WHEN b.status = 'waitlisted' THEN row_number() OVER (PARTITION BY b.status ORDER BY b."queueNumber")::int END AS "waitlistPosition"
         FROM bookings b
         JOIN users u ON u.id = b."userId"
         JOIN organisations o ON o.id = u."organisationId"
         LEFT JOIN users booker ON booker.id = b."bookedByUserId" AND booker.id <> b."userId"
        WHERE b."eventId" = $1
        ORDER BY CASE b.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END, b."queueNumber"`,
      [eventId],
    );
    return rows.map((row) => ({ ...row, bookedAt: row.bookedAt.toISOString() }));
  }

  async mine(user: SessionUser, page: number, pageSize: number, includePast: boolean): Promise<Page<MyBookingListItem>> {
    const period = includePast ? '' : 'AND e."endsAt" >= now()';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM bookings b JOIN events e ON e.id = b."eventId" WHERE b."userId" = $1 AND b.status <> 'cancelled' ${period}`,
      [user.id],
    );
    const rows: { id: string; status: 'confirmed' | 'waitlisted'; bookedAt: Date; position: number | null; eventId: string; title: string; startsAt: Date; endsAt: Date; format: 'in_person' | 'online'; venue: string | null; host: string; eventStatus: 'scheduled' | 'cancelled' }[] =
      await this.dataSource.query(
        `SELECT b.id, b.status, b."createdAt" AS "bookedAt",
                CASE WHEN b.status = 'waitlisted' THEN (SELECT count(*)::int FROM bookings w WHERE w."eventId" = b."eventId" AND w.status = 'waitlisted' AND w."queueNumber" <= b."queueNumber") END AS position,
                e.id AS "eventId", e.title, e."startsAt", e."endsAt", e.format, e.venue, o.name AS host, e.status AS "eventStatus"
           FROM bookings b JOIN events e ON e.id = b."eventId" JOIN organisations o ON o.id = e."hostOrganisationId"
          WHERE b."userId" = $1 AND b.status <> 'cancelled' ${period}
          ORDER BY e."startsAt", b.id LIMIT $2 OFFSET $3`,
        [user.id, pageSize, (page - 1) * pageSize],
      );
    return {
      items: rows.map((row) => ({
        id: row.id,
        status: row.status,
        waitlistPosition: row.position,
        bookedAt: row.bookedAt.toISOString(),
        event: {
          id: row.eventId,
          title: row.title,
          startsAt: row.startsAt.toISOString(),
          endsAt: row.endsAt.toISOString(),
          format: row.format,
          venue: row.venue,
          hostOrganisationName: row.host,
          status: row.eventStatus,
        },
      })),
      total,
      page,
      pageSize,
    };
  }

  /** After a rare cross-process race skipped a decided booking, make sure no place stays free while people wait. */
  private async fillFreePlaces(eventId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await manager.findOneOrFail(TrainingEvent, { where: { id: eventId }, lock: { mode: 'pessimistic_write' } });
      await this.waitingList.fillFreePlaces(manager, null, event);
    });
  }

  private async personToBook(user: SessionUser, userId: string | undefined): Promise<Person> {
    if (!userId || userId === user.id) return user;
    if (!BOOK_FOR_COLLEAGUE_ROLES.some((role) => user.roles.includes(role))) {
      throw new ForbiddenException('Only chief executives and headteachers can book places for colleagues.');
    }
    const colleague = await this.dataSource.getRepository(User).findOneBy({ id: userId, organisationId: user.organisationId });
    if (!colleague) throw new NotFoundException('We could not find that colleague in your organisation.');
    return colleague;
  }
}
