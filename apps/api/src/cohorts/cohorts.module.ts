import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { CohortBookings } from './cohort-bookings';
import { CohortProgressService } from './cohort-progress.service';
import { CohortSessionsService } from './cohort-sessions.service';
import { CohortEnrolmentsController, CohortSessionsController, CohortsController, MyInductionController } from './cohorts.controller';
import { CohortsService } from './cohorts.service';
import { EnrolmentsService } from './enrolments.service';

/** ECT cohorts. Sessions are training events, booked by the events module's engine. */
@Module({
  imports: [EventsModule],
  controllers: [CohortsController, CohortEnrolmentsController, CohortSessionsController, MyInductionController],
  providers: [CohortsService, EnrolmentsService, CohortSessionsService, CohortProgressService, CohortBookings],
})
export class CohortsModule {}
