import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
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
import { MatOption, MatSelect } from '@angular/material/select';
import { of } from 'rxjs';
import {
  ENROLMENT_REASON_MAX_LENGTH,
  MAX_PAGE_SIZE,
  type EnrolmentView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';

export interface EnrolmentChangeDialogData {
  kind: 'withdraw' | 'transfer';
  enrolment: EnrolmentView;
  /** For a transfer: cohorts of the same alliance other than this one. */
  allianceId: string;
}

/** Withdraws an ECT from a cohort, or moves them to another one, with a reason; the history is kept either way. */
@Component({
  selector: 'app-enrolment-change-dialog',
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
        transfer
          ? 'Move ' + name + ' to another cohort?'
          : 'Withdraw ' + name + ' from this cohort?'
      }}
    </h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        @if (transfer) {
          <p>
            {{ name }} will leave {{ data.enrolment.cohortName }} and join the
            cohort you choose. Their places on future sessions here will be
            cancelled. Their attendance so far is kept.
          </p>
          @if (cohorts.isLoading() && !cohorts.hasValue()) {
            <app-loading-indicator label="Loading cohorts…" />
          } @else if (cohorts.error()) {
            <app-load-error
              [error]="cohorts.error()"
              heading="Sorry, we could not load the cohorts"
              (retry)="cohorts.reload()"
            />
          } @else if (otherCohorts().length === 0) {
            <p class="empty-state">There is no other cohort to move them to.</p>
          } @else {
            <mat-form-field
              appearance="outline"
              subscriptSizing="dynamic"
              hideRequiredMarker
              class="form__field form__field--wide"
            >
              <mat-label>Cohort to move to</mat-label>
              <mat-select
                id="change-cohort"
                formControlName="cohortId"
                [errorStateMatcher]="problemWith('change-cohort')"
              >
                @for (cohort of otherCohorts(); track cohort.id) {
                  <mat-option [value]="cohort.id"
                    >{{ cohort.name }} ({{ cohort.academicYear }})</mat-option
                  >
                }
              </mat-select>
              @if (messageFor('change-cohort'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
          }
        } @else {
          <p>
            {{ name }} will leave {{ data.enrolment.cohortName }}. Their places
            on future sessions will be cancelled and offered to anyone waiting.
            Their attendance so far is kept.
          </p>
        }
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Reason</mat-label>
          <textarea
            matInput
            id="change-reason"
            rows="3"
            formControlName="reason"
            [attr.maxlength]="maxLength"
            [errorStateMatcher]="problemWith('change-reason')"
          ></textarea>
          <mat-hint>Kept with the enrolment’s history.</mat-hint>
          @if (messageFor('change-reason'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ transfer ? 'Keep them in this cohort' : 'Keep them enrolled' }}
        </button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{
            sending()
              ? 'Please wait…'
              : transfer
                ? 'Yes, move them'
                : 'Yes, withdraw them'
          }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EnrolmentChangeDialog {
  protected readonly data = inject<EnrolmentChangeDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<EnrolmentChangeDialog, EnrolmentView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly transfer = this.data.kind === 'transfer';
  protected readonly name = this.data.enrolment.ect.name;
  protected readonly maxLength = ENROLMENT_REASON_MAX_LENGTH;
  protected readonly form = new FormGroup({
    cohortId: new FormControl('', { nonNullable: true }),
    reason: new FormControl('', {
      nonNullable: true,
      validators: [Validators.maxLength(ENROLMENT_REASON_MAX_LENGTH)],
    }),
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly sending = signal(false);

  protected readonly cohorts = rxResource({
    stream: () =>
      this.transfer
        ? this.api.listCohorts(
            { allianceId: this.data.allianceId },
            { page: 1, pageSize: MAX_PAGE_SIZE },
          )
        : of(null),
  });
  protected readonly otherCohorts = computed(() =>
    (this.cohorts.hasValue() ? (this.cohorts.value()?.items ?? []) : []).filter(
      (cohort) => cohort.id !== this.data.enrolment.cohortId,
    ),
  );

  protected messageFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected problemWith(fieldId: string): ErrorStateMatcher {
    return { isErrorState: () => this.messageFor(fieldId) !== undefined };
  }

  protected submit(): void {
    if (this.sending()) return;
    const reason = this.form.controls.reason.value.trim();
    const cohortId = this.form.controls.cohortId.value;
    const problems: FormProblem[] = [];
    if (this.transfer && !cohortId)
      problems.push({
        fieldId: 'change-cohort',
        message: 'Choose the cohort to move them to',
      });
    if (!reason)
      problems.push({
        fieldId: 'change-reason',
        message: this.transfer
          ? 'Give a reason for the move'
          : 'Give a reason for the withdrawal',
      });
    this.problems.set(problems);
    if (problems.length > 0) return;
    this.sending.set(true);
    const id = this.data.enrolment.id;
    const request = this.transfer
      ? this.api.transferEnrolment(id, { cohortId, reason })
      : this.api.withdrawEnrolment(id, { reason });
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
