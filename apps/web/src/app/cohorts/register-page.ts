import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  COHORT_ATTENDANCE_VALUES,
  type CohortAttendance,
  type RegisterEntry,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { Clock } from '../shared/clock';
import { EventWhenPipe } from '../events/event-when-pipe';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { COHORT_ATTENDANCE_LABELS, sessionPlaceInWords } from './cohort-labels';

/** The facilitator's register: one choice per enrolled ECT, saved as soon as it is made. */
@Component({
  selector: 'app-register-page',
  imports: [
    RouterLink,
    MatRadioGroup,
    MatRadioButton,
    EventWhenPipe,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.hasValue()) {
      <span class="caption">{{ session.value().cohortName }}</span>
    }
    <h1>
      Register{{ session.hasValue() ? ': ' + session.value().topic : '' }}
    </h1>

    @if (session.isLoading() && !session.hasValue()) {
      <app-loading-indicator label="Loading the session…" />
    } @else if (session.error()) {
      <app-load-error
        [error]="session.error()"
        heading="Sorry, we could not load this session"
        (retry)="session.reload()"
      />
    } @else if (session.hasValue()) {
      @let s = session.value();
      <p>{{ s.startsAt | eventWhen: s.endsAt }} (UK time) · {{ placeOf() }}</p>
      <p>
        <a [routerLink]="['/cohorts', s.cohortId]"
          >Back to {{ s.cohortName }}</a
        >
      </p>
      <app-error-summary [problems]="problems()" />
      @if (!hasStarted()) {
        <p class="notice">
          The session has not started yet, so you can only record apologies. You
          can mark who attended once it starts.
        </p>
      }
      @if (register.isLoading() && !register.hasValue()) {
        <app-loading-indicator label="Loading the register…" />
      } @else if (register.error()) {
        <app-load-error
          [error]="register.error()"
          heading="Sorry, we could not load the register"
          (retry)="register.reload()"
        />
      } @else if (register.hasValue()) {
        <p class="hint">Each choice is saved as soon as you make it.</p>
        <ul class="plain-list">
          @for (entry of register.value(); track entry.userId) {
            <li class="card register-entry">
              <h2 class="heading-s" [id]="'person-' + entry.userId">
                {{ entry.name }}
                <span class="register-entry__organisation">{{
                  entry.organisationName
                }}</span>
              </h2>
              <mat-radio-group
                [attr.aria-labelledby]="'person-' + entry.userId"
                class="register-entry__choices"
                [value]="entry.attendance"
                [disabled]="saving() === entry.userId"
                (change)="mark(entry, $event.value)"
              >
                @for (choice of choices; track choice) {
                  <mat-radio-button
                    [value]="choice"
                    [disabled]="choice !== 'apologies' && !hasStarted()"
                    >{{ labels[choice] }}</mat-radio-button
                  >
                }
              </mat-radio-group>
              <p class="hint" role="status">{{ statusOf(entry) }}</p>
            </li>
          } @empty {
            <p class="empty-state">Nobody is enrolled in this cohort yet.</p>
          }
        </ul>
      }
    }
  `,
  styles: `
    .register-entry__organisation {
      display: block;
      font-weight: 400;
      font-size: 0.875rem;
    }
    .register-entry__choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
    }
  `,
})
export class RegisterPage {
  /** Route parameter: the session (the same id as its training event). */
  readonly sessionId = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly clock = inject(Clock);

  protected readonly choices = COHORT_ATTENDANCE_VALUES;
  protected readonly labels = COHORT_ATTENDANCE_LABELS;
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal<string | null>(null);
  /** Who was saved just now, so the status line can say so. */
  private readonly justSaved = signal<string | null>(null);

  protected readonly session = rxResource({
    params: () => this.sessionId(),
    stream: ({ params }) => this.api.getCohortSession(params),
  });
  protected readonly register = rxResource({
    params: () => this.sessionId(),
    stream: ({ params }) => this.api.getSessionRegister(params),
  });
  protected readonly hasStarted = computed(
    () =>
      this.session.hasValue() &&
      this.clock.now().getTime() >= Date.parse(this.session.value().startsAt),
  );
  protected readonly placeOf = computed(() =>
    this.session.hasValue() ? sessionPlaceInWords(this.session.value()) : '',
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.session.hasValue())
        title.setTitle(`Register: ${this.session.value().topic} – Alliance`);
    });
  }

  protected statusOf(entry: RegisterEntry): string {
    if (this.saving() === entry.userId) return 'Saving…';
    if (this.justSaved() === entry.userId && entry.attendance)
      return `Saved: ${entry.name}, ${this.labels[entry.attendance].toLowerCase()}.`;
    return entry.attendance ? '' : 'Not marked yet.';
  }

  protected mark(entry: RegisterEntry, attendance: CohortAttendance): void {
    this.saving.set(entry.userId);
    this.problems.set([]);
    this.api
      .markCohortAttendance(this.sessionId(), entry.userId, { attendance })
      .subscribe({
        next: (saved) => {
          this.register.update((entries) =>
            entries?.map((e) => (e.userId === saved.userId ? saved : e)),
          );
          this.saving.set(null);
          this.justSaved.set(entry.userId);
        },
        error: (error: unknown) => {
          this.saving.set(null);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({
              message: `${entry.name}: ${message}`,
            })),
          );
          // Puts the radio buttons back as the server has them.
          this.register.reload();
        },
      });
  }
}
