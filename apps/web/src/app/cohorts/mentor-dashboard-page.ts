import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { MenteeView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { EventWhenPipe } from '../events/event-when-pipe';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { attendanceRateInWords, inductionYearInWords } from './cohort-labels';
import { MenteeReflections } from './mentee-reflections';

/** "My ECTs": a mentor's early-career teachers, how often they come, what is next, and what they chose to share. */
@Component({
  selector: 'app-mentor-dashboard-page',
  imports: [
    RouterLink,
    EventWhenPipe,
    LoadError,
    LoadingIndicator,
    MenteeReflections,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="caption">ECT cohorts</span>
    <h1>My ECTs</h1>
    <p class="lead">
      The early-career teachers you mentor in a cohort. Times are UK time.
    </p>

    @if (mentees.isLoading() && !mentees.hasValue()) {
      <app-loading-indicator label="Loading your ECTs…" />
    } @else if (mentees.error()) {
      <app-load-error
        [error]="mentees.error()"
        heading="Sorry, we could not load your ECTs"
        (retry)="mentees.reload()"
      />
    } @else if (mentees.hasValue()) {
      @for (mentee of mentees.value(); track mentee.enrolmentId) {
        <section
          class="section card"
          [attr.aria-labelledby]="'mentee-' + mentee.enrolmentId"
        >
          <h2 class="heading-m" [id]="'mentee-' + mentee.enrolmentId">
            {{ mentee.ect.name }}
          </h2>
          <dl class="summary-list summary-list--compact">
            <div class="summary-list__row">
              <dt>Cohort</dt>
              <dd>
                <a [routerLink]="['/cohorts', mentee.cohort.id]">{{
                  mentee.cohort.name
                }}</a>
                ({{ mentee.cohort.academicYear }}, {{ yearOf(mentee) }})
              </dd>
            </div>
            <div class="summary-list__row">
              <dt>Attendance</dt>
              <dd>
                <strong>{{ rateOf(mentee) }}</strong>
                @if (mentee.marked > 0) {
                  – attended {{ mentee.attended }} of
                  {{ mentee.marked }}
                  {{ mentee.marked === 1 ? 'session' : 'sessions' }} marked
                }
              </dd>
            </div>
          </dl>
          <h3 class="heading-s">Coming up</h3>
          @if (mentee.upcomingSessions.length === 0) {
            <p class="empty-state">No sessions coming up.</p>
          } @else {
            <ul>
              @for (session of mentee.upcomingSessions; track session.id) {
                <li>
                  {{ session.topic }}:
                  {{ session.startsAt | eventWhen: session.endsAt }}
                  ({{ bookingOf(session.bookingStatus) }})
                </li>
              }
            </ul>
          }
          <h3 class="heading-s">Reflections shared with you</h3>
          <app-mentee-reflections
            [userId]="mentee.ect.id"
            [name]="mentee.ect.name"
          />
        </section>
      } @empty {
        <p class="empty-state">
          You are not mentoring any early-career teachers in a cohort yet.
        </p>
        <p>
          <a routerLink="/cohorts">Go to ECT cohorts</a> to enrol an
          early-career teacher from your school.
        </p>
      }
    }
  `,
})
export class MentorDashboardPage {
  private readonly api = inject(ApiClient);
  protected readonly mentees = rxResource({
    stream: () => this.api.listMentees(),
  });

  protected rateOf(mentee: MenteeView): string {
    return attendanceRateInWords(mentee.attendanceRate);
  }

  protected yearOf(mentee: MenteeView): string {
    return inductionYearInWords(mentee.cohort.inductionYear).toLowerCase();
  }

  protected bookingOf(status: 'confirmed' | 'waitlisted' | null): string {
    if (status === 'confirmed') return 'has a place';
    if (status === 'waitlisted') return 'on the waiting list';
    return 'not booked';
  }
}
