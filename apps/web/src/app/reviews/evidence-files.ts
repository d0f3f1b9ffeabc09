import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import {
  EVIDENCE_FILES_PER_CRITERION_MAX,
  UPLOAD_ACCEPT,
  UPLOAD_FILE_NAME_MAX_LENGTH,
  UPLOAD_KINDS,
  UPLOAD_KINDS_TEXT,
  UPLOAD_MAX_BYTES,
  UPLOAD_MAX_MEGABYTES,
  type EvidenceFileView,
} from '@alliance/contracts';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { fileSizeInWords } from '../shared/document-list';
import { confirmThen } from '../shared/confirm-dialog';
import { Notifier } from '../shared/notifier';

interface Upload {
  fileName: string;
  /** 0 to 100. */
  percent: number;
}

/** Evidence files of one criterion: download links for every reader; upload with progress and delete while editable. */
@Component({
  selector: 'app-evidence-files',
  imports: [MatButton, MatProgressBar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (files().length > 0) {
      <ul class="plain-list evidence-files">
        @for (file of files(); track file.id) {
          <li class="evidence-file">
            <a [href]="urlOf(file)" download class="break-anywhere">{{
              file.fileName
            }}</a>
            <span class="hint">{{ sizeOf(file) }}</span>
            @if (editable()) {
              <button mat-button type="button" (click)="remove(file)">
                Delete<span class="visually-hidden"> {{ file.fileName }}</span>
              </button>
            }
          </li>
        }
      </ul>
    } @else if (!editable()) {
      <p class="hint">No files.</p>
    }
    @if (editable()) {
      @if (files().length < maxFiles) {
        <label class="upload__label" [for]="inputId()"
          >Add a file<span class="visually-hidden">
            for {{ criterionTitle() }}</span
          ></label
        >
        <p [id]="inputId() + '-hint'" class="hint">
          {{ kindsText }}, up to {{ maxMegabytes }} MB each. Only your trust and
          the panel can download it.
        </p>
        @if (problem()) {
          <p [id]="inputId() + '-error'" class="field-error">
            <span class="visually-hidden">Error: </span>{{ problem() }}
          </p>
        }
        <input
          #fileInput
          type="file"
          class="upload__input"
          [id]="inputId()"
          [accept]="accept"
          [disabled]="upload() !== null"
          [attr.aria-describedby]="
            problem()
              ? inputId() + '-error ' + inputId() + '-hint'
              : inputId() + '-hint'
          "
          (change)="chosen(fileInput)"
        />
      } @else {
        <p class="hint">
          This criterion has {{ maxFiles }} files, the most it can have.
        </p>
      }
      <div role="status">
        @if (upload(); as current) {
          <p>Uploading {{ current.fileName }}: {{ current.percent }}% sent</p>
          <mat-progress-bar
            mode="determinate"
            [value]="current.percent"
            [attr.aria-label]="'Uploading ' + current.fileName"
          />
          <button mat-button type="button" (click)="cancelUpload()">
            Stop uploading
          </button>
        }
      </div>
    }
  `,
  styles: `
    .evidence-file {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 1rem;
    }
    .upload__label {
      display: block;
      font-weight: 700;
      margin-top: 0.5rem;
    }
    .upload__input {
      max-width: 100%;
    }
  `,
})
export class EvidenceFiles {
  readonly reviewId = input.required<string>();
  readonly criterionId = input.required<string>();
  readonly criterionTitle = input.required<string>();
  readonly files = input.required<EvidenceFileView[]>();
  readonly editable = input(false);
  readonly added = output<EvidenceFileView>();
  readonly removed = output<string>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly kindsText = UPLOAD_KINDS_TEXT;
  protected readonly maxMegabytes = UPLOAD_MAX_MEGABYTES;
  protected readonly maxFiles = EVIDENCE_FILES_PER_CRITERION_MAX;
  protected readonly problem = signal<string | null>(null);
  protected readonly upload = signal<Upload | null>(null);
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected inputId(): string {
    return `evidence-file-${this.criterionId()}`;
  }

  protected urlOf(file: EvidenceFileView): string {
    return this.api.evidenceUrl(this.reviewId(), file.id);
  }

  protected sizeOf(file: EvidenceFileView): string {
    return fileSizeInWords(file.sizeBytes);
  }

  protected chosen(fileInput: HTMLInputElement): void {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const problem = problemWith(file);
    this.problem.set(problem);
    if (!problem) this.start(file);
  }

  protected cancelUpload(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.upload.set(null);
  }

  protected remove(file: EvidenceFileView): void {
    confirmThen(this.dialog, {
      title: 'Delete this file?',
      paragraphs: [`${file.fileName} will be deleted from the evidence.`],
      confirmLabel: 'Yes, delete it',
      dismissLabel: 'Keep it',
      action: () => this.api.deleteEvidence(this.reviewId(), file.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(`${file.fileName} has been deleted.`);
      this.removed.emit(file.id);
    });
  }

  private start(file: File): void {
    this.upload.set({ fileName: file.name, percent: 0 });
    this.subscription = this.api
      .uploadEvidence(this.reviewId(), this.criterionId(), file)
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress)
            this.upload.set({
              fileName: file.name,
              percent: event.total
                ? Math.floor((event.loaded / event.total) * 100)
                : 0,
            });
          else if (event.type === HttpEventType.Response && event.body) {
            this.upload.set(null);
            this.notifier.confirm(`${file.name} has been added.`);
            this.added.emit(event.body);
          }
        },
        error: (error: unknown) => {
          this.upload.set(null);
          this.problem.set(problemMessagesOf(error).join(' '));
        },
      });
  }
}

/** Checked before sending, so that nobody waits for a large upload the API will refuse. */
function problemWith(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!UPLOAD_KINDS.some((kind) => kind.extensions.includes(extension)))
    return `The file must be a ${UPLOAD_KINDS_TEXT} document`;
  if (file.size === 0) return 'The file is empty';
  if (file.name.length > UPLOAD_FILE_NAME_MAX_LENGTH)
    return `The file’s name must be ${UPLOAD_FILE_NAME_MAX_LENGTH} characters or fewer. Rename it and try again`;
  if (file.size > UPLOAD_MAX_BYTES)
    return `The file must be smaller than ${UPLOAD_MAX_MEGABYTES} MB`;
  return null;
}
