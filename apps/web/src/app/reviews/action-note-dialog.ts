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
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  ACTION_NOTE_MAX_LENGTH,
  type ReviewActionView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';

export interface ActionNoteDialogData {
  reviewId: string;
  action: ReviewActionView;
}

/** Adds a progress note to an action; closes with the action as saved. */
@Component({
  selector: 'app-action-note-dialog',
  imports: [
    ReactiveFormsModule,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Add a progress note</h2>
    <form (submit)="save($event)" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>{{ data.action.title }}</p>
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Progress note</mat-label>
          <textarea
            matInput
            id="action-note"
            rows="4"
            [formControl]="note"
            [maxlength]="maxLength"
            [errorStateMatcher]="matcher"
          ></textarea>
          @if (problems()[0]; as problem) {
            <mat-error>{{ problem.message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Please wait…' : 'Add the note' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ActionNoteDialog {
  protected readonly data = inject<ActionNoteDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ActionNoteDialog, ReviewActionView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly maxLength = ACTION_NOTE_MAX_LENGTH;
  protected readonly note = new FormControl('', { nonNullable: true });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);
  protected readonly matcher: ErrorStateMatcher = {
    isErrorState: () => this.problems().length > 0,
  };

  protected save(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    const note = this.note.value.trim();
    if (note === '') {
      this.problems.set([
        { fieldId: 'action-note', message: 'Enter a progress note' },
      ]);
      return;
    }
    this.saving.set(true);
    this.api
      .addReviewActionNote(this.data.reviewId, this.data.action.id, { note })
      .subscribe({
        next: (action) => this.dialogRef.close(action),
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.set(
            problemMessagesOf(error).map((message) => ({
              message,
              fieldId: 'action-note',
            })),
          );
        },
      });
  }
}
