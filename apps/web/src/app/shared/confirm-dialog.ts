import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import type { Observable } from 'rxjs';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from './error-summary';

export interface ConfirmDialogData<T> {
  title: string;
  paragraphs: string[];
  confirmLabel: string;
  /** The button that closes the dialog without doing anything; "Cancel" unless that would be confusing. */
  dismissLabel?: string;
  /** Runs when the person confirms; the dialog stays open, showing the problem, if it fails. */
  action: () => Observable<T>;
}

/** Closed with the action's outcome, or nothing when the person cancelled. */
export interface ConfirmDialogOutcome<T> {
  result: T;
}

@Component({
  selector: 'app-confirm-dialog',
  imports: [
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatButton,
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <app-error-summary [problems]="problems()" />
      @for (paragraph of data.paragraphs; track $index) {
        <p>{{ paragraph }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ data.dismissLabel ?? 'Cancel' }}</button>
      <button
        mat-flat-button
        type="button"
        (click)="confirm()"
        [disabled]="working()"
      >
        {{ working() ? 'Please wait…' : data.confirmLabel }}
      </button>
    </mat-dialog-actions>
  `,
})
export class ConfirmDialog<T> {
  protected readonly data = inject<ConfirmDialogData<T>>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<ConfirmDialog<T>, ConfirmDialogOutcome<T>>>(
      MatDialogRef,
    );
  protected readonly working = signal(false);
  protected readonly problems = signal<FormProblem[]>([]);

  protected confirm(): void {
    this.working.set(true);
    this.data.action().subscribe({
      next: (result) => this.dialogRef.close({ result }),
      error: (error: unknown) => {
        this.working.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }
}

/** Asks "are you sure?", runs the action on yes, and emits its outcome (or undefined when cancelled). */
export function confirmThen<T>(
  dialog: MatDialog,
  data: ConfirmDialogData<T>,
): Observable<ConfirmDialogOutcome<T> | undefined> {
  return dialog
    .open<ConfirmDialog<T>, ConfirmDialogData<T>, ConfirmDialogOutcome<T>>(
      ConfirmDialog,
      {
        data,
        width: '32rem',
        maxWidth: 'calc(100vw - 2rem)',
        ariaModal: true,
      },
    )
    .afterClosed();
}
