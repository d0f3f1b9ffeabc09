import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  COMMENT_MAX_LENGTH,
  type ResourceCommentView,
  type ResourceDetail,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { problemMessagesOf } from '../core/api/api-errors';
import { confirmThen } from '../shared/confirm-dialog';
import { DocumentList } from '../shared/document-list';
import { ErrorSummary, type FormProblem } from '../shared/error-summary';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import {
  helpfulInWords,
  kindLabel,
  sharedWith,
  tagsOf,
} from './library-labels';
import {
  MAX_RESOURCE_FILES,
  RESOURCE_FILES_AUDIENCE,
  TAKE_OFF_WORDING,
  resourceFileStore,
} from './resource-files';

/** One resource: what it is, what worked and what didn't, its links and versions, "this helped me" and comments. */
@Component({
  selector: 'app-resource-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    DocumentList,
    ErrorSummary,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
  ],
  templateUrl: './resource-page.html',
  styleUrl: './library-search-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcePage {
  /** Route parameter: the resource. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);

  protected readonly resource = rxResource({
    params: () => this.id(),
    stream: ({ params: resourceId }) => this.api.getResource(resourceId),
  });
  protected readonly versions = rxResource({
    params: () => this.id(),
    stream: ({ params: resourceId }) =>
      this.api.listResourceVersions(resourceId),
  });
  protected readonly comments = rxResource({
    params: () => this.id(),
    stream: ({ params: resourceId }) =>
      this.api.listResourceComments(resourceId),
  });

  protected readonly maxFiles = MAX_RESOURCE_FILES;
  protected readonly filesAudience = RESOURCE_FILES_AUDIENCE;
  protected readonly takeOffWording = TAKE_OFF_WORDING;
  protected readonly fileStore = computed(() =>
    resourceFileStore(this.api, this.id()),
  );

  protected fileUrl(fileId: string): string {
    return this.api.resourceFileUrl(this.id(), fileId);
  }

  /** Files changed: the resource and its versions are read again. */
  protected filesChanged(): void {
    this.resource.reload();
    this.versions.reload();
  }

  protected readonly problems = signal<FormProblem[]>([]);
  protected readonly markingHelpful = signal(false);
  protected readonly commentProblem = signal<string | undefined>(undefined);
  protected readonly posting = signal(false);
  protected readonly commentMaxLength = COMMENT_MAX_LENGTH;
  protected readonly comment = new FormControl('', { nonNullable: true });
  protected readonly commentForm = new FormGroup({ body: this.comment });
  protected readonly commentErrorState = {
    isErrorState: () => this.commentProblem() !== undefined,
  };

  /** The address anyone can read a public resource at, without signing in. */
  protected readonly shareLink = computed(() =>
    this.resource.hasValue() && this.resource.value().isPublic
      ? `${this.document.location.origin}/public/library/${this.resource.value().id}`
      : null,
  );

  protected readonly kindLabel = kindLabel;
  protected readonly tagsOf = tagsOf;
  protected readonly sharedWith = sharedWith;
  protected readonly helpfulInWords = helpfulInWords;

  constructor() {
    const title = inject(Title);
    effect(() => {
      if (this.resource.hasValue())
        title.setTitle(`${this.resource.value().title} – Alliance`);
    });
  }

  protected toggleHelpful(resource: ResourceDetail): void {
    if (this.markingHelpful()) return;
    this.markingHelpful.set(true);
    this.problems.set([]);
    this.api.markHelpful(resource.id, !resource.markedHelpfulByMe).subscribe({
      next: (mark) => {
        this.markingHelpful.set(false);
        this.resource.update((current) => current && { ...current, ...mark });
      },
      error: (error: unknown) => {
        this.markingHelpful.set(false);
        this.problems.set(
          problemMessagesOf(error).map((message) => ({ message })),
        );
      },
    });
  }

  protected addComment(resource: ResourceDetail): void {
    if (this.posting()) return;
    const body = this.comment.value.trim();
    if (body === '') {
      this.commentProblem.set('Write a comment');
      return;
    }
    if (body.length > COMMENT_MAX_LENGTH) {
      this.commentProblem.set(
        `A comment must be ${COMMENT_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`,
      );
      return;
    }
    this.commentProblem.set(undefined);
    this.posting.set(true);
    this.api.addResourceComment(resource.id, { body }).subscribe({
      next: (added) => {
        this.posting.set(false);
        this.comment.reset();
        this.comments.update((current) => [...(current ?? []), added]);
        this.notifier.confirm('Your comment has been added.');
      },
      error: (error: unknown) => {
        this.posting.set(false);
        this.commentProblem.set(problemMessagesOf(error).join(' '));
      },
    });
  }

  protected deleteComment(comment: ResourceCommentView): void {
    confirmThen(this.dialog, {
      title: 'Delete your comment?',
      paragraphs: [
        'Your comment will be removed for everyone. You cannot undo this.',
      ],
      confirmLabel: 'Yes, delete the comment',
      dismissLabel: 'Keep the comment',
      action: () => this.api.deleteResourceComment(comment.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.comments.update((current) =>
        (current ?? []).filter((each) => each.id !== comment.id),
      );
      this.notifier.confirm('Your comment has been deleted.');
    });
  }

  protected deleteResource(resource: ResourceDetail): void {
    confirmThen(this.dialog, {
      title: 'Remove this resource from the library?',
      paragraphs: [
        `${resource.title} will be removed for everyone, with its comments and earlier versions.`,
        'You cannot undo this.',
      ],
      confirmLabel: 'Yes, remove it',
      dismissLabel: 'Keep it',
      action: () => this.api.deleteResource(resource.id),
    }).subscribe((outcome) => {
      if (!outcome) return;
      void this.router
        .navigate(['/library'])
        .then(() =>
          this.notifier.confirm(`${resource.title} has been removed.`),
        );
    });
  }
}
