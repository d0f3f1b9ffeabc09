import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { SessionUser } from '@alliance/contracts';
import ical, { ICalCalendar } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../core/config/app-config';
import { MeetingCalendarEntry, MeetingsService } from '../networks/meetings.service';
import { User } from '../organisations/entities/user.entity';
import type { TrainingEvent } from './entities/training-event.entity';
import { EventsService } from './events.service';

type CalendarEvent = Pick<TrainingEvent, 'id' | 'title' | 'description' | 'startsAt' | 'endsAt' | 'format' | 'venue' | 'address' | 'onlineUrl'>;

@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly meetings: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every event the person has a confirmed place on, and every network meeting they are going to, from a month ago onwards. */
  async forPerson(userId: string): Promise<string> {
    const events: CalendarEvent[] = await this.dataSource.query(
      `SELECT e.id, e.title, e.description, e."startsAt", e."endsAt", e.format, e.venue, e.address, e."onlineUrl"
         FROM bookings b JOIN events e ON e.id = b."eventId"
        WHERE b."userId" = $1 AND b.status = 'confirmed' AND e.status = 'scheduled' AND e."endsAt" > now() - interval '31 days'
        ORDER BY e."startsAt"`,
      [userId],
    );
    const calendar = this.calendar('Alliance: my training', events, true);
    for (const meeting of await this.meetings.calendarEntries(userId)) this.addMeeting(calendar, meeting);
    return calendar.toString();
  }

  async forEvent(user: SessionUser, eventId: string): Promise<string> {
    const event = await this.events.findVisible(user, eventId);
    const booked = await this.dataSource.query(`SELECT 1 FROM bookings WHERE "eventId" = $1 AND "userId" = $2 AND status <> 'cancelled'`, [eventId, user.id]);
    return this.calendar(event.title, [event], booked.length > 0).toString();
  }

  async feedUrl(user: SessionUser): Promise<string> {
    const token = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOneOrFail(User, { where: { id: user.id }, select: { id: true, calendarToken: true }, lock: { mode: 'pessimistic_write' } });
      if (row.calendarToken) return row.calendarToken;
      const created = randomBytes(24).toString('base64url');
      await manager.update(User, user.id, { calendarToken: created });
      return created;
    });
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  async forFeedToken(token: string): Promise<string> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { calendarToken: token }, select: { id: true } });
    if (!user) throw new NotFoundException('This calendar link is not valid.');
    return this.forPerson(user.id);
  }

  /** Times are written in UTC, which every calendar app converts to the reader's zone; UIDs are stable per event. */
  private calendar(name: string, events: CalendarEvent[], showJoiningLinks: boolean): ICalCalendar {
    const calendar = ical({ name, prodId: { company: 'Alliance', product: 'training', language: 'EN' } });
    calendar.x([{ key: 'X-WR-TIMEZONE', value: 'Europe/London' }]);
    for (const event of events) {
      const link = `${this.config.publicUrl}/events/${event.id}`;
      calendar.createEvent({
        id: `event-${event.id}@alliance`,
        start: event.startsAt,
        end: event.endsAt,
        summary: event.title,
        description: [event.description, showJoiningLinks && event.onlineUrl ? `Join online: ${event.onlineUrl}` : null, `Details: ${link}`].filter(Boolean).join('\n\n'),
        location: event.format === 'online' ? 'Online' : [event.venue, event.address].filter(Boolean).join(', '),
        url: link,
      });
    }
    return calendar;
  }

  /** Only people going to a meeting are sent here, and they are its network's members, so the joining link is theirs to see. */
  private addMeeting(calendar: ICalCalendar, meeting: MeetingCalendarEntry): void {
    const link = `${this.config.publicUrl}/networks/meetings/${meeting.id}`;
    calendar.createEvent({
      id: `network-meeting-${meeting.id}@alliance`,
      start: meeting.startsAt,
      end: meeting.endsAt,
      summary: `${meeting.networkName}: ${meeting.title}`,
      description: [meeting.agenda, meeting.onlineUrl ? `Join online: ${meeting.onlineUrl}` : null, `Details: ${link}`].filter(Boolean).join('\n\n'),
      location: [meeting.venue, meeting.address].filter(Boolean).join(', ') || (meeting.onlineUrl ? 'Online' : ''),
      url: link,
    });
  }
}
