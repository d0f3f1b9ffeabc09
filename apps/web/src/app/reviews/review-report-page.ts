import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type {
  FindingView,
  ReviewActionView,
  ReviewRating,
  ReviewStage,
  SelfAssessmentEntryView,
} from '@alliance/contracts';
import { catchError, of } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { formatPlainDate } from '../shared/plain-date';
import {
  ACTION_STATUS_LABELS,
  isReviewDetail,
  stageName,
} from './review-model';

const STAGES_WITH_FINDINGS: readonly ReviewStage[] = [
  'visit',
  'findings',
  'action_plan',
  'closed',
];
const STAGES_WITH_ACTIONS: readonly ReviewStage[] = ['action_plan', 'closed'];

/**
 * The review on one printable page: the trust's self-assessment, the panel's findings and the action plan,
 * criterion by criterion. Print styles leave out the portal's header and navigation; "Save as PDF" in the
 * browser's print dialog makes a PDF. Only people who may read the review's content get it (the API decides).
 */
@Component({
  selector: 'app-review-report-page',
  imports: [
    RouterLink,
    MatButton,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
  ],
  templateUrl: './review-report-page.html',
  styleUrl: './review-report-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewReportPage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly window = inject(DOCUMENT).defaultView;

  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  protected readonly framework = rxResource({
    params: () => this.detail()?.frameworkId,
    stream: ({ params: frameworkId }) =>
      this.api.getReviewFramework(frameworkId),
  });
  protected readonly assessment = rxResource({
    params: () => this.detail()?.id,
    stream: ({ params: reviewId }) => this.api.getSelfAssessment(reviewId),
  });
  protected readonly findings = rxResource({
    params: () => {
      const review = this.detail();
      return review && STAGES_WITH_FINDINGS.includes(review.stage)
        ? review.id
        : undefined;
    },
    stream: ({ params: reviewId }) =>
      this.api.getFindings(reviewId).pipe(catchError(() => of(null))),
  });
  protected readonly actions = rxResource({
    params: () => {
      const review = this.detail();
      return review && STAGES_WITH_ACTIONS.includes(review.stage)
        ? review.id
        : undefined;
    },
    stream: ({ params: reviewId }) =>
      this.api
        .listReviewActions(reviewId)
        .pipe(catchError(() => of([] as ReviewActionView[]))),
  });

  protected readonly loadError = computed(
    () =>
      this.review.error() ?? this.framework.error() ?? this.assessment.error(),
  );
  protected readonly ready = computed(
    () =>
      this.review.hasValue() &&
      (!this.detail() ||
        (this.framework.hasValue() && this.assessment.hasValue())),
  );

  private readonly entries = computed(
    () =>
      new Map(
        (this.assessment.value()?.entries ?? []).map((entry) => [
          entry.criterionId,
          entry,
        ]),
      ),
  );
  private readonly findingsByCriterion = computed(
    () =>
      new Map(
        (this.findings.value()?.findings ?? []).map((finding) => [
          finding.criterionId,
          finding,
        ]),
      ),
  );

  constructor() {
    const title = inject(Title);
    effect(() => {
      const view = this.review.value();
      if (view) title.setTitle(`Report: ${view.title} – Alliance`);
    });
  }

  protected entryFor(criterionId: string): SelfAssessmentEntryView | undefined {
    return this.entries().get(criterionId);
  }

  protected findingFor(criterionId: string): FindingView | undefined {
    return this.findingsByCriterion().get(criterionId);
  }

  protected actionsFor(criterionId: string): ReviewActionView[] {
    return (this.actions.value() ?? []).filter(
      (action) => action.criterionId === criterionId,
    );
  }

  protected ratingText(rating: ReviewRating | null | undefined): string {
    if (!rating) return 'Not rated';
    const label = this.framework.value()?.ratingLabels[rating];
    return label ? `${rating} – ${label}` : String(rating);
  }

  protected stageText(stage: ReviewStage): string {
    return stageName(stage);
  }

  protected statusText(action: ReviewActionView): string {
    return (
      ACTION_STATUS_LABELS[action.status] + (action.overdue ? ' (overdue)' : '')
    );
  }

  protected dateText(date: string | null): string {
    return formatPlainDate(date);
  }

  protected print(): void {
    this.window?.print();
  }
}
