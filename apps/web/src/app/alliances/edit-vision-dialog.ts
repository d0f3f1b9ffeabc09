import { VISION_MAX_LENGTH } from '@alliance/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
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
import type { AllianceDetail } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';

export interface EditVisionDialogData {
  alliance: AllianceDetail;
}

/** The coordinator rewrites the alliance's vision statement. Closes with the updated alliance. */
@Component({
  selector: 'app-edit-vision-dialog',
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
    <h2 mat-dialog-title>Change the vision</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <mat-form-field
          appearance="outline"
          subscriptSizing="dynamic"
          hideRequiredMarker
          class="form__field form__field--wide"
        >
          <mat-label>Vision statement</mat-label>
          <textarea
            matInput
            id="vision"
            formControlName="vision"
            rows="10"
          ></textarea>
          <mat-hint
            >Leave a blank line between paragraphs. Up to
            {{ maxLength.toLocaleString('en-GB') }} characters.</mat-hint
          >
          @if (problems()[0]?.fieldId === 'vision') {
            <mat-error>{{ problems()[0].message }}</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ saving() ? 'Saving…' : 'Save the vision' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class EditVisionDialog {
  private readonly data = inject<EditVisionDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<EditVisionDialog, AllianceDetail>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly maxLength = VISION_MAX_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    vision: [
      this.data.alliance.vision,
      [Validators.required, Validators.maxLength(VISION_MAX_LENGTH)],
    ],
  });
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly saving = signal(false);

  protected save(): void {
    if (this.saving()) return;
    const vision = this.form.controls.vision.value.trim();
    if (vision === '')
      return this.showProblem('Enter the alliance’s vision statement');
    if (vision.length > VISION_MAX_LENGTH)
      return this.showProblem('The vision must be 4,000 characters or fewer');
    this.saving.set(true);
    this.api.updateAlliance(this.data.alliance.id, { vision }).subscribe({
      next: (alliance) => this.dialogRef.close(alliance),
      error: (error: unknown) => {
        this.saving.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private showProblem(message: string): void {
    this.form.markAllAsTouched();
    this.form.controls.vision.setErrors({ problem: true });
    this.problems.set([{ fieldId: 'vision', message }]);
  }
}
