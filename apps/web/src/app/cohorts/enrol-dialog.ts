import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
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
import { MatOption, MatSelect } from '@angular/material/select';
import {
  MAX_PAGE_SIZE,
  ROLE_LABELS,
  type EnrolmentView,
  type PersonView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';

export interface EnrolDialogData {
  cohortId: string;
  cohortName: string;
  organisationId: string;
  organisationName: string;
  /** The person enrolling: offered as the mentor first when they are one. */
  ownUserId: string;
  /** ECTs already enrolled or waiting here, who cannot be enrolled again. */
  alreadyInCohort: string[];
  /** Approving an ECT's request: the ECT is fixed, only the mentor is chosen. */
  request?: { enrolmentId: string; ectName: string };
}

/**
 * A CEO, headteacher or mentor enrols an early-career teacher of their own organisation and names their mentor;
 * or approves an ECT's request to join. Colleagues come from the organisation's people, as when booking for a colleague.
 */
@Component({
  selector: 'app-enrol-dialog',
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
    MatSelect,
    MatOption,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      {{
        data.request
          ? 'Approve ' + data.request.ectName + '’s request'
          : 'Enrol an early-career teacher'
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        @if (data.request) {
          <p>
            {{ data.request.ectName }} will join {{ data.cohortName }}. Choose
            their mentor, who will follow their attendance.
          </p>
        } @else {
          <p>
            Choose an early-career teacher from {{ data.organisationName }} to
            enrol in {{ data.cohortName }}, and their mentor. The mentor will
            see their attendance and any reflections they choose to share.
          </p>
        }
        @if (people.isLoading() && !people.hasValue()) {
          <app-loading-indicator label="Loading your colleagues…" />
        } @else if (people.error()) {
          <app-load-error
            [error]="people.error()"
            heading="Sorry, we could not load your colleagues"
            (retry)="people.reload()"
          />
        } @else {
          @if (!data.request) {
            @if (ects().length === 0) {
              <p class="empty-state">
                Nobody else in your organisation can be enrolled: every
                early-career teacher is already in this cohort, or nobody has
                the early-career teacher role.
              </p>
            } @else {
              <mat-form-field
                appearance="outline"
                subscriptSizing="dynamic"
                hideRequiredMarker
                class="form__field form__field--wide"
              >
                <mat-label>Early-career teacher</mat-label>
                <mat-select
                  id="enrol-ect"
                  formControlName="ect"
                  [errorStateMatcher]="problemWith('enrol-ect')"
                >
                  @for (person of ects(); track person.id) {
                    <mat-option [value]="person.id">{{
                      person.name
                    }}</mat-option>
                  }
                </mat-select>
                <mat-hint>People with the early-career teacher role.</mat-hint>
                @if (messageFor('enrol-ect'); as message) {
                  <mat-error>{{ message }}</mat-error>
                }
              </mat-form-field>
            }
          }
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>Mentor</mat-label>
            <mat-select
              id="enrol-mentor"
              formControlName="mentor"
              [errorStateMatcher]="problemWith('enrol-mentor')"
            >
              @for (person of mentors(); track person.id) {
                <mat-option [value]="person.id">{{
                  labelOf(person)
                }}</mat-option>
              }
            </mat-select>
            <mat-hint>A colleague in {{ data.organisationName }}.</mat-hint>
            @if (messageFor('enrol-mentor'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{
            sending()
              ? 'Please wait…'
              : data.request
                ? 'Approve the request'
                : 'Enrol'
          }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EnrolDialog {
  protected readonly data = inject<EnrolDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<EnrolDialog, EnrolmentView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly form = new FormGroup({
    ect: new FormControl('', { nonNullable: true }),
    mentor: new FormControl('', { nonNullable: true }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  // One page of the largest size covers a trust's early-career teachers and their mentors.
  protected readonly people = rxResource({
    stream: () =>
      this.api.listPeople(this.data.organisationId, {
        page: 1,
        pageSize: MAX_PAGE_SIZE,
      }),
  });
  private readonly everyone = computed<PersonView[]>(() =>
    (this.people.hasValue() ? [...this.people.value().items] : []).sort(
      (a, b) => a.name.localeCompare(b.name, 'en-GB'),
    ),
  );
  protected readonly ects = computed(() =>
    this.everyone().filter(
      (person) =>
        person.roles.includes('ect') &&
        !this.data.alreadyInCohort.includes(person.id),
    ),
  );
  /** Mentors first, then leaders and other colleagues; never an early-career teacher. */
  protected readonly mentors = computed(() => {
    const colleagues = this.everyone().filter(
      (person) => !person.roles.includes('ect'),
    );
    return [
      ...colleagues.filter((person) => person.roles.includes('mentor')),
      ...colleagues.filter((person) => !person.roles.includes('mentor')),
    ];
  });

  constructor() {
    // A mentor enrolling their own ECT is most often the mentor: choose them to start with.
    effect(() => {
      const self = this.mentors().find(
        (person) =>
          person.id === this.data.ownUserId && person.roles.includes('mentor'),
      );
      if (self && !this.form.controls.mentor.value)
        this.form.controls.mentor.setValue(self.id);
    });
  }

  protected labelOf(person: PersonView): string {
    const roles = person.roles.map((role) => ROLE_LABELS[role]).join(', ');
    return `${person.name} (${roles})`;
  }

  protected messageFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected problemWith(fieldId: string): ErrorStateMatcher {
    return { isErrorState: () => this.messageFor(fieldId) !== undefined };
  }

  protected submit(): void {
    if (this.sending()) return;
    const ectId = this.form.controls.ect.value;
    const mentorId = this.form.controls.mentor.value;
    const problems: FormProblem[] = [];
    if (!this.data.request && !this.ects().some((p) => p.id === ectId))
      problems.push({
        fieldId: 'enrol-ect',
        message: 'Choose the early-career teacher to enrol',
      });
    if (!this.mentors().some((p) => p.id === mentorId))
      problems.push({
        fieldId: 'enrol-mentor',
        message: 'Choose the early-career teacher’s mentor',
      });
    this.problems.set(problems);
    if (problems.length > 0) return;
    this.sending.set(true);
    const request = this.data.request
      ? this.api.approveEnrolment(this.data.request.enrolmentId, {
          mentorUserId: mentorId,
        })
      : this.api.enrolEct(this.data.cohortId, {
          ectUserId: ectId,
          mentorUserId: mentorId,
        });
    request.subscribe({
      next: (enrolment) => this.dialogRef.close(enrolment),
      error: (error: unknown) => {
        this.sending.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }
}
