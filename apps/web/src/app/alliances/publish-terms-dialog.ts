import { TERMS_MAX_LENGTH, TERMS_MIN_LENGTH } from '@alliance/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
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
import type { TermsOfReferenceView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';

export interface PublishTermsDialogData {
  allianceId: string;
  allianceName: string;
  currentTerms: TermsOfReferenceView | null;
}

/** The coordinator publishes a new version of the terms of reference, starting from the current text. Closes with the new version. */
@Component({
  selector: 'app-publish-terms-dialog',
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
    <h2 mat-dialog-title>
      Publish version {{ nextVersion }} of the terms of reference
    </h2>
    <form [formGroup]="form" (ngSubmit)="publish()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        @if (data.currentTerms) {
          <p>
            Every member organisation’s chief executive will be asked to sign
            the new version, including those who signed version
            {{ data.currentTerms.version }}.
          </p>
        } @else {
          <p>
            Each member organisation’s chief executive will be asked to sign the
            terms of reference of {{ data.allianceName }}.
          </p>
        }
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Terms of reference</mat-label>
          <textarea
            matInput
            id="terms-body"
            formControlName="body"
            rows="14"
          ></textarea>
          <mat-hint>Leave a blank line between paragraphs.</mat-hint>
          @if (problems()[0]?.fieldId === 'terms-body') {
            <mat-error>{{ problems()[0].message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="publishing()">
          {{ publishing() ? 'Publishing…' : 'Publish version ' + nextVersion }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class PublishTermsDialog {
  protected readonly data = inject<PublishTermsDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<PublishTermsDialog, TermsOfReferenceView>>(
      MatDialogRef,
    );
  private readonly api = inject(ApiClient);

  protected readonly nextVersion = (this.data.currentTerms?.version ?? 0) + 1;
  protected readonly form = inject(NonNullableFormBuilder).group({
    body: [this.data.currentTerms?.body ?? ''],
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly publishing = signal(false);

  protected publish(): void {
    if (this.publishing()) return;
    const body = this.form.controls.body.value.trim();
    if (body === '') return this.showProblem('Enter the terms of reference');
    if (body.length < TERMS_MIN_LENGTH)
      return this.showProblem(
        `The terms of reference must be at least ${TERMS_MIN_LENGTH} characters`,
      );
    if (body.length > TERMS_MAX_LENGTH)
      return this.showProblem(
        'The terms of reference must be 50,000 characters or fewer',
      );
    this.publishing.set(true);
    this.api.publishTerms(this.data.allianceId, { body }).subscribe({
      next: (terms) => this.dialogRef.close(terms),
      error: (error: unknown) => {
        this.publishing.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private showProblem(message: string): void {
    this.form.markAllAsTouched();
    this.form.controls.body.setErrors({ problem: true });
    this.problems.set([{ fieldId: 'terms-body', message }]);
  }
}
