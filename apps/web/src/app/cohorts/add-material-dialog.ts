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
import {
  MATERIAL_TITLE_MAX_LENGTH,
  type AddSessionMaterialDto,
  type SessionMaterialView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { isHttpsUrl } from '../events/event-form-answers';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';

/** The API takes links of up to 1,000 characters. */
const MATERIAL_URL_MAX_LENGTH = 1000;

export interface AddMaterialDialogData {
  sessionId: string;
  topic: string;
}

/** A cohort's manager or facilitator shares a link (slides, a reading) with everyone in a session. */
@Component({
  selector: 'app-add-material-dialog',
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
    <h2 mat-dialog-title>Add a material</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>
          Everyone in the cohort who can see {{ data.topic }} will see the link.
        </p>
        <div class="form">
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>Title</mat-label>
            <input
              matInput
              id="material-title"
              formControlName="title"
              autocomplete="off"
              [attr.maxlength]="titleMax"
              [errorStateMatcher]="problemWith('material-title')"
            />
            <mat-hint>For example, Slides from the session</mat-hint>
            @if (messageFor('material-title'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field
            appearance="outline"
            subscriptSizing="dynamic"
            hideRequiredMarker
            class="form__field form__field--wide"
          >
            <mat-label>Link</mat-label>
            <input
              matInput
              id="material-url"
              type="url"
              formControlName="url"
              autocomplete="off"
              spellcheck="false"
              [errorStateMatcher]="problemWith('material-url')"
            />
            <mat-hint>Starting https://</mat-hint>
            @if (messageFor('material-url'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>Cancel</button>
        <button mat-flat-button type="submit" [disabled]="sending()">
          {{ sending() ? 'Please wait…' : 'Add the material' }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class AddMaterialDialog {
  protected readonly data = inject<AddMaterialDialogData>(MAT_DIALOG_DATA);
  private readonly dialogRef =
    inject<MatDialogRef<AddMaterialDialog, SessionMaterialView>>(MatDialogRef);
  private readonly api = inject(ApiClient);

  protected readonly titleMax = MATERIAL_TITLE_MAX_LENGTH;
  protected readonly form = new FormGroup({
    title: new FormControl('', { nonNullable: true }),
    url: new FormControl('', { nonNullable: true }),
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
    const { material, problems } = this.read();
    this.problems.set(problems);
    if (!material) return;
    this.sending.set(true);
    this.api.addSessionMaterial(this.data.sessionId, material).subscribe({
      next: (added) => this.dialogRef.close(added),
      error: (error: unknown) => {
        this.sending.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  private read(): {
    material: AddSessionMaterialDto | null;
    problems: FormProblem[];
  } {
    const problems: FormProblem[] = [];
    const title = this.form.controls.title.value.trim();
    const url = this.form.controls.url.value.trim();
    if (!title)
      problems.push({
        fieldId: 'material-title',
        message: 'Enter a title for the material',
      });
    else if (title.length > MATERIAL_TITLE_MAX_LENGTH)
      problems.push({
        fieldId: 'material-title',
        message: `The title must be ${MATERIAL_TITLE_MAX_LENGTH} characters or fewer`,
      });
    if (!url)
      problems.push({ fieldId: 'material-url', message: 'Enter the link' });
    else if (!isHttpsUrl(url) || url.length > MATERIAL_URL_MAX_LENGTH)
      problems.push({
        fieldId: 'material-url',
        message: 'Enter the link, starting https://',
      });
    return problems.length > 0
      ? { material: null, problems }
      : { material: { title, url }, problems };
  }
}
