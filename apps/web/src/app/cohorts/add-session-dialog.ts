import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  SESSION_TOPIC_MAX_LENGTH,
  type CohortSessionView,
  type CreateCohortSessionDto,
  type EventFormat,
  type PersonRef,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import {
  londonInstant,
  parseClockTime,
  toApiTime,
} from '../events/london-time';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';

export interface AddSessionDialogData {
  cohortId: string;
  cohortName: string;
  facilitators: PersonRef[];
}

/** A cohort's manager or facilitator adds a session: topic, UK date and times, and where (or the joining link). */
@Component({
  selector: 'app-add-session-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatSelect,
    MatOption,
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Add a session</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>The session is added to {{ data.cohortName }}. Times are UK time.</p>
        <div class="form">
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>Topic</mat-label>
            <input
              matInput
              id="session-topic"
              formControlName="topic"
              [attr.maxlength]="topicMax"
              [errorStateMatcher]="problemWith('session-topic')"
            />
            @if (messageFor('session-topic'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            class="form__field form__field--wide"
          >
            <mat-label>Description (optional)</mat-label>
            <textarea
              matInput
              id="session-description"
              rows="3"
              formControlName="description"
            ></textarea>
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Date</mat-label>
            <input
              matInput
              type="date"
              id="session-date"
              formControlName="date"
              [errorStateMatcher]="problemWith('session-date')"
            />
            @if (messageFor('session-date'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Starts at</mat-label>
            <input
              matInput
              id="session-start"
              formControlName="start"
              [errorStateMatcher]="problemWith('session-start')"
            />
            <mat-hint>For example, 16:00 or 4pm</mat-hint>
            @if (messageFor('session-start'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field"
          >
            <mat-label>Ends at</mat-label>
            <input
              matInput
              id="session-end"
              formControlName="end"
              [errorStateMatcher]="problemWith('session-end')"
            />
            <mat-hint>For example, 17:30</mat-hint>
            @if (messageFor('session-end'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <div
            class="fieldset"
            role="radiogroup"
            aria-labelledby="session-format-legend"
          >
            <span id="session-format-legend" class="fieldset__legend"
              >How it happens</span
            >
            <mat-radio-group formControlName="format" class="checkboxes">
              <mat-radio-button value="in_person">In person</mat-radio-button>
              <mat-radio-button value="online">Online</mat-radio-button>
            </mat-radio-group>
          </div>
          @if (form.controls.format.value === 'in_person') {
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              hideRequiredMarker
              class="form__field form__field--wide"
            >
              <mat-label>Venue</mat-label>
              <input
                matInput
                id="session-venue"
                formControlName="venue"
                [errorStateMatcher]="problemWith('session-venue')"
              />
              @if (messageFor('session-venue'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              class="form__field form__field--wide"
            >
              <mat-label>Address (optional)</mat-label>
              <input matInput id="session-address" formControlName="address" />
            </mat-form-field>
          } @else {
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              hideRequiredMarker
              class="form__field form__field--wide"
            >
              <mat-label>Joining link</mat-label>
              <input
                matInput
                id="session-link"
                type="url"
                formControlName="onlineUrl"
                [errorStateMatcher]="problemWith('session-link')"
              />
              <mat-hint>Only enrolled ECTs and facilitators see it.</mat-hint>
              @if (messageFor('session-link'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
          }
          @if (data.facilitators.length > 0) {
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              class="form__field form__field--wide"
            >
              <mat-label>Facilitator (optional)</mat-label>
              <mat-select
                id="session-facilitator"
                formControlName="facilitatorUserId"
              >
                <mat-option value="">Not chosen yet</mat-option>
                @for (person of data.facilitators; track person.id) {
                  <mat-option [value]="person.id">{{ person.name }}</mat-option>
                }
              </mat-select>
            </mat-form-field>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ sending() ? 'Please wait…' : 'Add the session' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class AddSessionDialog {
  protected readonly data = inject<AddSessionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<AddSessionDialog, CohortSessionView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly topicMax = SESSION_TOPIC_MAX_LENGTH;
  protected readonly form = new FormGroup({
    topic: new FormControl('', { nonNullable: true }),
    description: new FormControl('', { nonNullable: true }),
    date: new FormControl('', { nonNullable: true }),
    start: new FormControl('', { nonNullable: true }),
    end: new FormControl('', { nonNullable: true }),
    format: new FormControl<EventFormat>('in_person', { nonNullable: true }),
    venue: new FormControl('', { nonNullable: true }),
    address: new FormControl('', { nonNullable: true }),
    onlineUrl: new FormControl('', { nonNullable: true }),
    facilitatorUserId: new FormControl('', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  protected messageFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected problemWith(fieldId: string): ErrorStateMatcher {
    return { isErrorState: () => this.messageFor(fieldId) !== undefined };
  }

  protected submit(): void {
    if (this.sending()) return;
    const { session, problems } = this.read();
    this.problems.set(problems);
    if (!session) return;
    this.sending.set(true);
    this.api.createCohortSession(this.data.cohortId, session).subscribe({
      next: (created) => this.dialogRef.close(created),
      error: (error: unknown) => {
        this.sending.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private read(): {
    session: CreateCohortSessionDto | null;
    problems: FormProblem[];
  } {
    const value = this.form.getRawValue();
    const problems: FormProblem[] = [];
    const topic = value.topic.trim();
    if (!topic)
      problems.push({ fieldId: 'session-topic', message: 'Enter the topic' });
    const dayMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.date);
    const day = dayMatch
      ? new Date(
          Number(dayMatch[1]),
          Number(dayMatch[2]) - 1,
          Number(dayMatch[3]),
        )
      : null;
    if (!day)
      problems.push({
        fieldId: 'session-date',
        message: 'Enter the date of the session',
      });
    const start = parseClockTime(value.start);
    const end = parseClockTime(value.end);
    if (!start)
      problems.push({
        fieldId: 'session-start',
        message: 'Enter the start time, like 16:00',
      });
    if (!end)
      problems.push({
        fieldId: 'session-end',
        message: 'Enter the end time, like 17:30',
      });
    const startsAt = day && start ? londonInstant(day, start) : null;
    const endsAt = day && end ? londonInstant(day, end) : null;
    if (day && start && !startsAt)
      problems.push({
        fieldId: 'session-start',
        message:
          'That time does not exist on that day, because the clocks go forward',
      });
    if (startsAt && endsAt && endsAt <= startsAt)
      problems.push({
        fieldId: 'session-end',
        message: 'The session must end after it starts',
      });
    const venue = value.venue.trim();
    const onlineUrl = value.onlineUrl.trim();
    if (value.format === 'in_person' && !venue)
      problems.push({ fieldId: 'session-venue', message: 'Enter the venue' });
    if (value.format === 'online' && !/^https:\/\/\S+$/.test(onlineUrl))
      problems.push({
        fieldId: 'session-link',
        message: 'Enter the joining link, starting https://',
      });
    if (problems.length > 0 || !startsAt || !endsAt)
      return { session: null, problems };
    const session: CreateCohortSessionDto = {
      topic,
      format: value.format,
      startsAt: toApiTime(startsAt),
      endsAt: toApiTime(endsAt),
    };
    if (value.description.trim())
      session.description = value.description.trim();
    if (value.format === 'in_person') {
      session.venue = venue;
      if (value.address.trim()) session.address = value.address.trim();
    } else session.onlineUrl = onlineUrl;
    if (value.facilitatorUserId)
      session.facilitatorUserId = value.facilitatorUserId;
    return { session, problems };
  }
}
