import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
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
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import type { Subscription } from 'rxjs';
import {
  MATERIAL_TITLE_MAX_LENGTH,
  UPLOAD_ACCEPT,
  UPLOAD_KINDS_TEXT,
  UPLOAD_MAX_MEGABYTES,
  type AddSessionMaterialDto,
  type SessionMaterialView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { isHttpsUrl } from '../events/event-form-answers';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { problemWithUpload, uploadProblems } from '../shared/upload-checks';

/** The API takes links of up to 1,000 characters. */
const MATERIAL_URL_MAX_LENGTH = 1000;

export interface AddMaterialDialogData {
  sessionId: string;
  topic: string;
}

/** A cohort's manager or facilitator shares a link or a file (slides, a reading) with everyone in a session. */
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
    MatProgressBar,
    MatRadioGroup,
    MatRadioButton,
    ErrorSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>Add a material</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-dialog-content>
        <app-error-summary [problems]="problems()" />
        <p>Everyone in the cohort who can see {{ data.topic }} will see it.</p>
        <p id="material-kind-label">What do you want to share?</p>
        <mat-radio-group
          aria-labelledby="material-kind-label"
          formControlName="kind"
          class="material-kind"
        >
          <mat-radio-button value="link">A link</mat-radio-button>
          <mat-radio-button value="file"
            >A file from your computer</mat-radio-button
          >
        </mat-radio-group>
        @if (form.controls.kind.value === 'file') {
          <div class="form">
            <label for="material-file">File</label>
            <p id="material-file-hint" class="hint">
              A {{ kindsText }} file, up to {{ maxMegabytes }} MB. Its name is
              used as its title.
            </p>
            @if (messageFor('material-file'); as message) {
              <p id="material-file-error" class="field-error">
                <span class="visually-hidden">Error: </span>{{ message }}
              </p>
            }
            <input
              #fileInput
              id="material-file"
              type="file"
              [accept]="accept"
              [disabled]="sending()"
              [attr.aria-describedby]="
                messageFor('material-file')
                  ? 'material-file-error material-file-hint'
                  : 'material-file-hint'
              "
              (change)="chosen(fileInput)"
            />
            <div role="status">
              @if (percent() !== null) {
                <p>{{ percent() }}% sent</p>
                <mat-progress-bar
                  mode="determinate"
                  [value]="percent()"
                  aria-label="Uploading the file"
                />
              }
            </div>
          </div>
        } @else {
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
        }
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
  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly kindsText = UPLOAD_KINDS_TEXT;
  protected readonly maxMegabytes = UPLOAD_MAX_MEGABYTES;
  protected readonly percent = signal<number | null>(null);
  private file: File | null = null;
  private upload: Subscription | null = null;
  protected readonly form = new FormGroup({
    kind: new FormControl<'link' | 'file'>('link', { nonNullable: true }),
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

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  protected chosen(input: HTMLInputElement): void {
    this.file = input.files?.[0] ?? null;
    this.problems.set([]);
  }

  protected submit(): void {
    if (this.sending()) return;
    if (this.form.controls.kind.value === 'file') {
      this.sendFile();
      return;
    }
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

  private sendFile(): void {
    const problem = this.file
      ? problemWithUpload(this.file)
      : 'Choose a file to upload';
    if (problem || !this.file) {
      this.problems.set([
        { fieldId: 'material-file', message: problem ?? 'Choose a file' },
      ]);
      return;
    }
    this.problems.set([]);
    this.sending.set(true);
    this.percent.set(0);
    this.upload = this.api
      .uploadSessionMaterial(this.data.sessionId, this.file)
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress)
            this.percent.set(
              event.total ? Math.floor((event.loaded / event.total) * 100) : 0,
            );
          else if (event.type === HttpEventType.Response && event.body)
            this.dialogRef.close(event.body);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.percent.set(null);
          this.problems.set(
            uploadProblems(error).map((message) => ({
              fieldId: 'material-file',
              message,
            })),
          );
        },
      });
  }
}
