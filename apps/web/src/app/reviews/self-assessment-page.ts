import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { SelfAssessmentEntryView } from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { CriterionEntry } from './criterion-entry';
import { isReviewDetail, isReviewedCeo } from './review-model';

/**
 * The self-assessment, criterion by criterion and grouped by area. The reviewed trust's chief executive fills it in
 * during the self-assessment stage, each change saving itself; everyone else who may read the review reads it.
 */
@Component({
  selector: 'app-self-assessment-page',
  imports: [
    RouterLink,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    CriterionEntry,
  ],
  templateUrl: './self-assessment-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelfAssessmentPage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);

  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  private readonly frameworkId = computed(() => this.detail()?.frameworkId);
  protected readonly framework = rxResource({
    params: () => this.frameworkId(),
    stream: ({ params: frameworkId }) =>
      this.api.getReviewFramework(frameworkId),
  });
  protected readonly assessment = rxResource({
    params: () => this.detail()?.id,
    stream: ({ params: reviewId }) => this.api.getSelfAssessment(reviewId),
  });
  /** The entries as last saved, by criterion. */
  protected readonly entries = linkedSignal(() => {
    const map = new Map<string, SelfAssessmentEntryView>();
    for (const entry of this.assessment.value()?.entries ?? [])
      map.set(entry.criterionId, entry);
    return map;
  });
  protected readonly ratedCount = computed(
    () =>
      [...this.entries().values()].filter((entry) => entry.rating !== null)
        .length,
  );
  protected readonly editable = computed(() => {
    const review = this.detail();
    return (
      !!review &&
      review.stage === 'self_assessment' &&
      isReviewedCeo(review, this.session.hasRole('ceo')) &&
      !this.assessment.value()?.submittedAt
    );
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

  constructor() {
    const title = inject(Title);
    effect(() => {
      const view = this.review.value();
      if (view) title.setTitle(`Self-assessment: ${view.title} – Alliance`);
    });
  }

  protected entryFor(criterionId: string): SelfAssessmentEntryView {
    return (
      this.entries().get(criterionId) ?? {
        criterionId,
        rating: null,
        narrative: '',
        evidenceLinks: [],
        evidenceFiles: [],
        updatedAt: null,
      }
    );
  }

  protected saved(entry: SelfAssessmentEntryView): void {
    const next = new Map(this.entries());
    next.set(entry.criterionId, entry);
    this.entries.set(next);
  }

  protected reload(): void {
    this.review.reload();
    this.framework.reload();
    this.assessment.reload();
  }
}
