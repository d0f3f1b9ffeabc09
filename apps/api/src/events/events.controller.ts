import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AttendeeView, BookEventDto, BookingResult, CreateEventDto, EventDetail, EventListQueryDto, EventSummary, Page, SessionUser, UpdateEventDto } from '@alliance/contracts';
import { stringify } from 'csv-stringify/sync';
import type { Response } from 'express';
import { CurrentUser } from '../core/access/current-user.decorator';
import { BookingsService } from './bookings.service';
import { CalendarService } from './calendar.service';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly bookings: BookingsService,
    private readonly calendars: CalendarService,
  ) {}

  @Get()
  list(@CurrentUser() user: SessionUser, @Query() query: EventListQueryDto): Promise<Page<EventSummary>> {
    return this.events.list(user, query);
  }

  @Post()
  create(@CurrentUser() user: SessionUser, @Body() dto: CreateEventDto): Promise<EventDetail> {
    return this.events.create(user, dto);
  }

  @Get(':id')
  detail(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventDetail> {
    return this.events.detail(user, id);
  }

  @Patch(':id')
  update(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEventDto): Promise<EventDetail> {
    return this.events.update(user, id, dto);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  cancel(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<EventDetail> {
    return this.events.cancel(user, id);
  }

  @Post(':id/bookings')
  book(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: BookEventDto): Promise<BookingResult> {
    return this.bookings.book(user, id, dto);
  }

  @Get(':id/attendees')
  attendees(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<AttendeeView[]> {
    return this.bookings.attendees(user, id);
  }

  @Get(':id/attendees.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async attendeesCsv(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const attendees = await this.bookings.attendees(user, id);
    response.setHeader('Content-Disposition', `attachment; filename="attendees-${id}.csv"`);
    return stringify(
      attendees.map((attendee) => ({
        name: attendee.name,
        email: attendee.email,
        organisation: attendee.organisationName,
        roles: attendee.roles.join('; '),
        bookedAt: attendee.bookedAt,
        status: attendee.status,
        waitlistPosition: attendee.waitlistPosition ?? '',
        attendance: attendee.attendance ?? '',
      })),
      { header: true, cast: { string: neutraliseFormula } },
    );
  }

  @Get(':id/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  calendar(@CurrentUser() user: SessionUser, @Param('id', ParseUUIDPipe) id: string): Promise<string> {
    return this.calendars.forEvent(user, id);
  }
}

/** Spreadsheet apps run cells that start with these characters as formulas. */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
