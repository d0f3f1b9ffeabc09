import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatTableModule } from '@angular/material/table';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type ReviewActionView,
} from '@alliance/contracts';
import { map, of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { formatPlainDate } from '../shared/plain-date';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ActionDialog, type ActionDialogData } from './action-dialog';
import {
  ActionNoteDialog,
  type ActionNoteDialogData,
} from './action-note-dialog';
import {
  ACTION_STATUS_LABELS,
  isReviewDetail,
  isReviewedCeo,
} from './review-model';

const DIALOG_SIZE = {
  width: '36rem',
  maxWidth: 'calc(100vw - 2rem)',
  ariaModal: true,
};

/**
 * The action plan: actions linked to findings, with owner, due date, status and progress notes, filtered by status,
 * owner or being overdue. The reviewed trust's chief executive adds and changes actions during the action plan stage.
 */
@Component({
  selector: 'app-action-plan-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatInput,
    MatTableModule,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
  ],
  templateUrl: './action-plan-page.html',
  styleUrl: './action-plan-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActionPlanPage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly statuses = ACTION_STATUSES;
  protected readonly statusLabels = ACTION_STATUS_LABELS;
  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  private readonly readableId = computed(() => this.detail()?.id);
  private readonly frameworkId = computed(() => this.detail()?.frameworkId);
  protected readonly editable = computed(() => {
    const review = this.detail();
    return (
      !!review &&
      review.stage === 'action_plan' &&
      isReviewedCeo(review, this.session.hasRole('ceo'))
    );
  });
  protected readonly actions = rxResource({
    params: () => this.readableId(),
    stream: ({ params: reviewId }) => this.api.listReviewActions(reviewId),
  });
  protected readonly findings = rxResource({
    params: () => this.readableId(),
    stream: ({ params: reviewId }) => this.api.getFindings(reviewId),
  });
  protected readonly framework = rxResource({
    params: () => this.frameworkId(),
    stream: ({ params: frameworkId }) =>
      this.api.getReviewFramework(frameworkId),
  });
  /** Owners are people of the reviewed trust: only its own people can list them, and only they add actions. */
  private readonly people = rxResource({
    params: () => (this.editable() ? this.detail()?.organisationId : undefined),
    stream: ({ params: organisationId }) =>
      organisationId
        ? this.api
            .listPeople(organisationId, { page: 1, pageSize: 100 })
            .pipe(map((page) => page.items))
        : of([]),
  });
  protected readonly rows = linkedSignal<ReviewActionView[]>(
    () => this.actions.value() ?? [],
  );

  protected readonly statusFilter = signal<ActionStatus | ''>('');
  protected readonly ownerFilter = signal('');
  protected readonly overdueOnly = signal(false);
  protected readonly owners = computed(() => {
    const owners = new Map<string, string>();
    for (const action of this.rows())
      owners.set(action.ownerUserId, action.ownerName);
    return [...owners].map(([id, name]) => ({ id, name }));
  });
  protected readonly shown = computed(() =>
    this.rows().filter(
      (action) =>
        (!this.statusFilter() || action.status === this.statusFilter()) &&
        (!this.ownerFilter() || action.ownerUserId === this.ownerFilter()) &&
        (!this.overdueOnly() || action.overdue),
    ),
  );
  protected readonly overdueCount = computed(
    () => this.rows().filter((action) => action.overdue).length,
  );
  protected readonly columns = computed(() =>
    this.editable()
      ? ['action', 'owner', 'due', 'status', 'notes', 'change']
      : ['action', 'owner', 'due', 'status', 'notes'],
  );
  private readonly criterionTitles = computed(() => {
    const titles = new Map<string, string>();
    for (const area of this.framework.value()?.areas ?? [])
      for (const criterion of area.criteria)
        titles.set(
          criterion.id,
          `${area.position}.${criterion.position} ${criterion.title}`,
        );
    return titles;
  });
  protected readonly loadError = computed(
    () =>
      this.review.error() ??
      this.actions.error() ??
      this.findings.error() ??
      this.framework.error() ??
      this.people.error(),
  );
  protected readonly ready = computed(
    () =>
      this.review.hasValue() &&
      (!this.detail() ||
        (this.actions.hasValue() &&
          this.findings.hasValue() &&
          this.framework.hasValue())),
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      const view = this.review.value();
      if (view) title.setTitle(`Action plan: ${view.title} – Alliance`);
    });
  }

  protected criterionOf(action: ReviewActionView): string {
    return this.criterionTitles().get(action.criterionId) ?? '';
  }

  protected statusOf(action: ReviewActionView): string {
    return ACTION_STATUS_LABELS[action.status];
  }

  protected due(action: ReviewActionView): string {
    return formatPlainDate(action.dueDate);
  }

  protected clearFilters(): void {
    this.statusFilter.set('');
    this.ownerFilter.set('');
    this.overdueOnly.set(false);
  }

  protected add(): void {
    this.openActionDialog(undefined);
  }

  protected change(action: ReviewActionView): void {
    this.openActionDialog(action);
  }

  protected addNote(action: ReviewActionView): void {
    const review = this.detail();
    if (!review) return;
    this.dialog
      .open<ActionNoteDialog, ActionNoteDialogData, ReviewActionView>(
        ActionNoteDialog,
        { ...DIALOG_SIZE, data: { reviewId: review.id, action } },
      )
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        this.replace(saved);
        this.notifier.confirm('The progress note has been added.');
      });
  }

  protected reload(): void {
    this.review.reload();
    this.actions.reload();
    this.findings.reload();
    this.framework.reload();
    this.people.reload();
  }

  private openActionDialog(action: ReviewActionView | undefined): void {
    const review = this.detail();
    if (!review) return;
    const findings = (this.findings.value()?.findings ?? []).map((finding) => ({
      id: finding.id,
      label: this.criterionTitles().get(finding.criterionId) ?? 'Finding',
    }));
    const owners = (this.people.value() ?? []).map((person) => ({
      id: person.id,
      name: person.name,
    }));
    this.dialog
      .open<ActionDialog, ActionDialogData, ReviewActionView>(ActionDialog, {
        ...DIALOG_SIZE,
        data: { reviewId: review.id, findings, owners, action },
      })
      .afterClosed()
      .subscribe((saved) => {
        if (!saved) return;
        if (action) {
          this.replace(saved);
          this.notifier.confirm('The action has been changed.');
        } else {
          this.rows.set(
            [...this.rows(), saved].sort((a, b) =>
              a.dueDate.localeCompare(b.dueDate),
            ),
          );
          this.notifier.confirm('The action has been added to the plan.');
        }
      });
  }

  private replace(saved: ReviewActionView): void {
    this.rows.set(
      this.rows().map((row) => (row.id === saved.id ? saved : row)),
    );
  }
}
