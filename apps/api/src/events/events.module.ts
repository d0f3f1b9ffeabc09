import { Module } from '@nestjs/common';
import { NetworksModule } from '../networks/networks.module';
import { BookingsController } from './bookings.controller';
import { BookingsService } from './bookings.service';
import { CalendarService } from './calendar.service';
import { EventBookingQueue } from './event-booking-queue';
import { EventReminders } from './event-reminders.service';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { MyBookingsController } from './my-bookings.controller';
import { WaitingList } from './waiting-list';

@Module({
  imports: [NetworksModule],
  controllers: [EventsController, BookingsController, MyBookingsController],
  providers: [EventsService, BookingsService, WaitingList, EventBookingQueue, CalendarService, EventReminders],
  /** ECT cohort sessions are training events: the cohorts module books and cancels through these. */
  exports: [EventsService, BookingsService],
})
export class EventsModule {}
