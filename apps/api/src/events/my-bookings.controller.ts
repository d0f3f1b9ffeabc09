import { Controller, Get, Header, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CalendarFeedView, EventListQueryDto, MyBookingListItem, Page, SessionUser } from '@alliance/contracts';
import { Public } from '../core/access/allow.decorator';
import { CurrentUser } from '../core/access/current-user.decorator';
import { BookingsService } from './bookings.service';
import { CalendarService } from './calendar.service';

@ApiTags('events')
@Controller()
export class MyBookingsController {
  constructor(
    private readonly bookings: BookingsService,
    private readonly calendars: CalendarService,
  ) {}

  @Get('me/bookings')
  mine(@CurrentUser() user: SessionUser, @Query() query: EventListQueryDto): Promise<Page<MyBookingListItem>> {
    return this.bookings.mine(user, query.page, query.pageSize, query.includePast ?? false);
  }

  @Get('me/calendar.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  calendar(@CurrentUser() user: SessionUser): Promise<string> {
    return this.calendars.forPerson(user.id);
  }

  @Get('me/calendar-feed')
  async feed(@CurrentUser() user: SessionUser): Promise<CalendarFeedView> {
    return { url: await this.calendars.feedUrl(user) };
  }

  /** For calendar apps, which subscribe without a session: the secret in the link is the key. */
  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  feedByToken(@Param('file') file: string): Promise<string> {
    const token = /^([A-Za-z0-9_-]{32})\.ics$/.exec(file)?.[1];
    if (!token) throw new NotFoundException('This calendar link is not valid.');
    return this.calendars.forFeedToken(token);
  }
}
