import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import type { HttpEvent } from '@angular/common/http';
import {
  UPLOAD_ACCEPT,
  UPLOAD_KINDS_TEXT,
  UPLOAD_MAX_MEGABYTES,
  type AttachmentView,
} from '@alliance/contracts';
import type { Observable, Subscription } from 'rxjs';
import { confirmThen } from './confirm-dialog';
import { ErrorSummary, type FormProblem } from './error-summary';
import { countOf } from './labels';
import { LondonDatePipe } from './london-date-pipe';
import { Notifier } from './notifier';
import { problemWithUpload, uploadProblems } from './upload-checks';

/** What the documents belong to does: where they download from, how they are sent and taken away. */
export interface DocumentStore {
  urlOf(document: AttachmentView): string;
  upload(file: File): Observable<HttpEvent<unknown>>;
  remove(document: AttachmentView): Observable<unknown>;
}

/** How removing a document is put to the person. */
export interface RemovalWording {
  title: string;
  paragraph: (fileName: string) => string;
  confirmLabel: string;
  done: (fileName: string) => string;
}

const DELETE_WORDING: RemovalWording = {
  title: 'Delete this document?',
  paragraph: (fileName) =>
    `${fileName} will be deleted, and nobody will be able to download it any more.`,
  confirmLabel: 'Yes, delete it',
  done: (fileName) => `${fileName} has been deleted.`,
};

export function fileSizeInWords(bytes: number): string {
  if (bytes < 1024) return countOf(bytes, 'byte');
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

interface Upload {
  fileName: string;
  /** 0 to 100. */
  percent: number;
}

/** A list of uploaded documents to download, with an upload control (progress, checks before sending) for people who may change them. */
@Component({
  selector: 'app-document-list',
  imports: [MatButton, MatProgressBar, ErrorSummary, LondonDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (attachments().length > 0) {
      <ul class="attachments">
        @for (attachment of attachments(); track attachment.id) {
          <li class="attachment">
            <a [href]="urlOf(attachment)" download class="break-anywhere">{{
              attachment.fileName
            }}</a>
            <span class="attachment__facts"
              >{{ sizeOf(attachment) }}, added
              {{ attachment.uploadedAt | londonDate }}</span
            >
            @if (mayChange()) {
              <button mat-button type="button" (click)="remove(attachment)">
                Delete<span class="visually-hidden">
                  {{ attachment.fileName }}</span
                >
              </button>
            }
          </li>
        }
      </ul>
    } @else {
      <p class="empty-state">No {{ noun() }}s have been added.</p>
    }

    @if (mayChange()) {
      <app-error-summary [problems]="problems()" />
      @if (attachments().length < maxAttachments()) {
        <div class="upload">
          <label class="upload__label" [for]="ids().file"
            >Add a {{ noun() }}
            @if (subject()) {
              <span class="visually-hidden"> for {{ subject() }}</span>
            }
          </label>
          <p [id]="ids().hint" class="hint">
            {{ kindsText }}, up to {{ maxMegabytes }} MB. {{ audience() }}
          </p>
          @if (problems().length > 0) {
            <p [id]="ids().error" class="field-error">
              <span class="visually-hidden">Error: </span
              >{{ problems()[0].message }}
            </p>
          }
          <input
            #fileInput
            type="file"
            [id]="ids().file"
            class="upload__input"
            [accept]="accept"
            [disabled]="upload() !== null"
            [attr.aria-describedby]="
              problems().length > 0
                ? ids().error + ' ' + ids().hint
                : ids().hint
            "
            (change)="chosen(fileInput)"
          />
        </div>
      } @else {
        <p>
          You have added {{ maxAttachments() }} {{ noun() }}s, the most there
          can be. Remove one to add another.
        </p>
      }
      <div role="status" class="upload__status">
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
    .attachments {
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
    }
    .attachment {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 1rem;
      padding: 0.5rem 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .attachment__facts {
      color: var(--mat-sys-on-surface-variant);
    }
    .upload__label {
      display: block;
      font-weight: 700;
    }
    .upload__input {
      max-width: 100%;
    }
  `,
})
export class DocumentList {
  readonly attachments = input.required<AttachmentView[]>();
  readonly store = input.required<DocumentStore>();
  readonly mayChange = input(false);
  readonly maxAttachments = input.required<number>();
  /** Who will be able to download what is added, for the hint. */
  readonly audience = input.required<string>();
  readonly removal = input<RemovalWording>(DELETE_WORDING);
  /** What each one is called, singular; the plural adds an "s". */
  readonly noun = input('document');
  /** What the list belongs to, for screen readers, when a page has several lists. */
  readonly subject = input<string | null>(null);
  /** Starts the ids of the upload field and its hint and error: unique on the page. */
  readonly idPrefix = input('attachment');
  /** A document was added or removed: what it belongs to should be read again. */
  readonly changed = output<void>();

  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly accept = UPLOAD_ACCEPT;
  protected readonly kindsText = UPLOAD_KINDS_TEXT;
  protected readonly maxMegabytes = UPLOAD_MAX_MEGABYTES;
  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly upload = signal<Upload | null>(null);
  protected readonly ids = computed(() => {
    const prefix = this.idPrefix();
    return {
      file: `${prefix}-file`,
      hint: `${prefix}-hint`,
      error: `${prefix}-error`,
    };
  });
  private subscription: Subscription | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected urlOf(attachment: AttachmentView): string {
    return this.store().urlOf(attachment);
  }

  protected sizeOf(attachment: AttachmentView): string {
    return fileSizeInWords(attachment.sizeBytes);
  }

  protected chosen(fileInput: HTMLInputElement): void {
    const file = fileInput.files?.[0];
    // The same file can be chosen again after a problem.
    fileInput.value = '';
    if (!file) return;
    const problem = problemWithUpload(file);
    this.problems.set(
      problem ? [{ message: problem, fieldId: this.ids().file }] : [],
    );
    if (problem) return;
    this.start(file);
  }

  protected cancelUpload(): void {
    this.subscription?.unsubscribe();
    this.subscription = null;
    this.upload.set(null);
  }

  protected remove(attachment: AttachmentView): void {
    confirmThen(this.dialog, {
      title: this.removal().title,
      paragraphs: [this.removal().paragraph(attachment.fileName)],
      confirmLabel: this.removal().confirmLabel,
      dismissLabel: 'Keep it',
      action: () => this.store().remove(attachment),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(this.removal().done(attachment.fileName));
      this.changed.emit();
    });
  }

  private start(file: File): void {
    this.upload.set({ fileName: file.name, percent: 0 });
    this.subscription = this.store()
      .upload(file)
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress)
            this.upload.set({
              fileName: file.name,
              percent: event.total
                ? Math.floor((event.loaded / event.total) * 100)
                : 0,
            });
          else if (event.type === HttpEventType.Response) {
            this.upload.set(null);
            this.notifier.confirm(`${file.name} has been added.`);
            this.changed.emit();
          }
        },
        error: (error: unknown) => {
          this.upload.set(null);
          this.problems.set(
            uploadProblems(error).map((message) => ({
              message,
              fieldId: this.ids().file,
            })),
          );
        },
      });
  }
}
