import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  REVIEW_RATING_LABELS,
  type ExcellenceCandidateView,
} from '@alliance/contracts';
import { ApiClient } from '../../core/api/api-client';
import { SessionStore } from '../../core/session/session-store';
import { LoadError } from '../../shared/load-error';
import { LoadingIndicator } from '../../shared/loading-indicator';
import { LondonDatePipe } from '../../shared/london-date-pipe';
import { ParagraphsPipe } from '../../shared/paragraphs-pipe';
import { isReviewDetail, isReviewedCeo } from '../review-model';
import { ExcellenceStatementForm } from './excellence-statement-form';

/**
 * Strengths of a review that the panel rated Established or Leading, and the one line of each that the reviewed trust
 * shares with the alliance. The trust's chief executive writes and withdraws the lines; its governors and the panel read.
 */
@Component({
  selector: 'app-share-excellence-page',
  imports: [
    RouterLink,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    ExcellenceStatementForm,
  ],
  templateUrl: './share-excellence-page.html',
  styleUrl: './share-excellence-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShareExcellencePage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);

  protected readonly ratingLabels = REVIEW_RATING_LABELS;
  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  private readonly readableId = computed(() => this.detail()?.id);
  protected readonly excellence = rxResource({
    params: () => this.readableId(),
    stream: ({ params: reviewId }) => this.api.getReviewExcellence(reviewId),
  });
  protected readonly candidates = linkedSignal<ExcellenceCandidateView[]>(
    () => this.excellence.value()?.candidates ?? [],
  );
  protected readonly mayPublish = computed(
    () => this.excellence.value()?.mayPublish ?? false,
  );
  /** Only the reviewed trust's chief executive speaks for the trust; governors and the panel read. */
  protected readonly isTrustCeo = computed(() => {
    const review = this.detail();
    return !!review && isReviewedCeo(review, this.session.hasRole('ceo'));
  });
  protected readonly mayShare = computed(
    () => this.isTrustCeo() && this.mayPublish(),
  );
  protected readonly loadError = computed(
    () => this.review.error() ?? this.excellence.error(),
  );
  protected readonly ready = computed(
    () =>
      this.review.hasValue() && (!this.detail() || this.excellence.hasValue()),
  );

  protected replace(saved: ExcellenceCandidateView): void {
    this.candidates.set(
      this.candidates().map((candidate) =>
        candidate.criterionId === saved.criterionId ? saved : candidate,
      ),
    );
  }

  protected reload(): void {
    this.review.reload();
    this.excellence.reload();
  }
}
