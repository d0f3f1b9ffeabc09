import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { EnrolmentView, InductionSessionView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { Clock } from '../shared/clock';
import { EventWhenPipe } from '../events/event-when-pipe';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import {
  COHORT_ATTENDANCE_LABELS,
  ENROLMENT_STATUS_LABELS,
  hasEnded,
  sessionPlaceInWords,
} from './cohort-labels';
import { ReflectionForm } from './reflection-form';

/** "My induction sessions": an ECT's cohort, their sessions to come, and the ones they went to with their attendance and reflections. */
@Component({
  selector: 'app-my-induction-page',
  imports: [
    RouterLink,
    EventWhenPipe,
    LoadError,
    LoadingIndicator,
    ReflectionForm,
  ],
  templateUrl: './my-induction-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyInductionPage {
  private readonly api = inject(ApiClient);
  private readonly clock = inject(Clock);

  protected readonly attendanceLabels = COHORT_ATTENDANCE_LABELS;
  protected readonly statusLabels = ENROLMENT_STATUS_LABELS;
  protected readonly induction = rxResource({
    stream: () => this.api.getMyInduction(),
  });

  /** Live enrolments first; ended ones are history, shown below. */
  protected readonly currentEnrolments = computed(() =>
    this.induction.hasValue()
      ? this.induction
          .value()
          .enrolments.filter(
            (e) => e.status === 'active' || e.status === 'requested',
          )
      : [],
  );
  protected readonly upcoming = computed(() =>
    this.sessions().filter((s) => !hasEnded(s, this.clock.now())),
  );
  /** Most recent first: the session just held is the one to reflect on. */
  protected readonly past = computed(() =>
    this.sessions()
      .filter((s) => hasEnded(s, this.clock.now()))
      .reverse(),
  );

  private readonly sessions = computed<InductionSessionView[]>(() =>
    this.induction.hasValue()
      ? [...this.induction.value().sessions].sort(
          (a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt),
        )
      : [],
  );

  protected placeOf(session: InductionSessionView): string {
    return sessionPlaceInWords(session);
  }

  protected enrolmentInWords(enrolment: EnrolmentView): string {
    if (enrolment.status === 'requested')
      return 'You have asked to join. Your headteacher or chief executive will approve your request.';
    return enrolment.mentor
      ? `Your mentor is ${enrolment.mentor.name}.`
      : 'You are enrolled.';
  }

  protected placeStatusOf(session: InductionSessionView): string {
    if (session.status === 'cancelled')
      return 'This session has been cancelled';
    if (session.myBooking?.status === 'confirmed') return 'You have a place';
    if (session.myBooking?.status === 'waitlisted')
      return session.myBooking.waitlistPosition
        ? `You are number ${session.myBooking.waitlistPosition} on the waiting list`
        : 'You are on the waiting list';
    return 'You have not booked a place';
  }
}
