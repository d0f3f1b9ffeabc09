import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
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
import {
  REVIEW_REASON_MAX_LENGTH,
  type ReviewDetail,
  type ReviewStage,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { stageName } from './review-model';

export interface SendBackDialogData {
  reviewId: string;
  toStage: ReviewStage;
}

/** The lead sends the review back one stage, saying why; closes with the review as it now is. */
@Component({
  selector: 'app-send-back-dialog',
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
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Send the review back to {{ stage }}?</h2>
    <form (submit)="send($event)" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>
          The trust and the panel will see your reason in the stage history.
        </p>
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Why are you sending it back?</mat-label>
          <textarea
            matInput
            id="send-back-reason"
            rows="4"
            [formControl]="reason"
            [maxlength]="maxLength"
            [errorStateMatcher]="matcher"
          ></textarea>
          <mat-hint
            >For example, the evidence for governance is missing</mat-hint
          >
          @if (problemFor('send-back-reason'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Go back</button>
        <button mat-flat-button type="submit" [disabled]="working()">
          {{ working() ? 'Please wait…' : 'Send it back' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class SendBackDialog {
  private readonly data = inject<SendBackDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<SendBackDialog, ReviewDetail>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly stage = stageName(this.data.toStage);
  protected readonly maxLength = REVIEW_REASON_MAX_LENGTH;
  protected readonly reason = new FormControl('', { nonNullable: true });
  protected readonly working = signal(false);
  protected readonly problems = signal<FormProblem[]>([]);

  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.problemFor('send-back-reason') !== undefined,
  };

  protected problemFor(fieldId: string): string | undefined {
    return this.problems().find((problem) => problem.fieldId === fieldId)
      ?.message;
  }

  protected send(event: Event): void {
    event.preventDefault();
    if (this.working()) return;
    const reason = this.reason.value.trim();
    if (reason === '') {
      this.problems.set([
        {
          fieldId: 'send-back-reason',
          message: 'Enter why you are sending the review back',
        },
      ]);
      return;
    }
    this.working.set(true);
    this.api
      .moveReview(this.data.reviewId, { stage: this.data.toStage, reason })
      .subscribe({
        next: (review) => this.dialogRef.close(review),
        error: (error: unknown) => {
          this.working.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({ message })),
          );
        },
      });
  }
}
