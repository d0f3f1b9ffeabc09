import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { RouterLink } from '@angular/router';
import {
  REVIEW_STAGE_LABELS,
  type ReviewListItem,
  type ReviewStage,
} from '@alliance/contracts';
import { map } from 'rxjs';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { formatPlainDate } from '../shared/plain-date';
import { confirmThen } from '../shared/confirm-dialog';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { Notifier } from '../shared/notifier';
import { RELATIONSHIP_LABELS } from './review-model';

/**
 * "My reviews": reviews of the person's own trust, reviews they sit on or are invited to (with the invitation
 * to answer) and, for the coordinator, the alliance's schedule of reviews: trust, title, stage and dates only.
 */
@Component({
  selector: 'app-my-reviews-page',
  imports: [RouterLink, MatButton, LoadError, LoadingIndicator],
  templateUrl: './my-reviews-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyReviewsPage {
  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);

  protected readonly stageLabels = REVIEW_STAGE_LABELS;
  protected readonly relationshipLabels = RELATIONSHIP_LABELS;
  protected readonly reviews = rxResource({
    stream: () => this.api.listReviews().pipe(map((page) => page.items)),
  });
  protected readonly answering = signal<string | null>(null);

  private readonly items = computed(() =>
    this.reviews.hasValue() ? this.reviews.value() : [],
  );
  protected readonly ofMyTrust = computed(() =>
    this.items().filter((review) => review.relationship === 'reviewed_trust'),
  );
  protected readonly onPanel = computed(() =>
    this.items().filter(
      (review) =>
        review.relationship === 'lead' || review.relationship === 'reviewer',
    ),
  );
  protected readonly invitations = computed(() =>
    this.items().filter((review) => review.relationship === 'invited'),
  );
  /** The coordinator's view of the alliance's reviews has no relationship. */
  protected readonly schedule = computed(() =>
    this.items().filter((review) => review.relationship === undefined),
  );
  protected readonly isCoordinator = computed(
    () => this.session.coordinatedAllianceIds().length > 0,
  );
  /** The coordinator, or a chief executive for a review of their own trust. */
  protected readonly mayStart = computed(
    () => this.isCoordinator() || this.session.hasRole('ceo'),
  );

  protected dates(review: ReviewListItem): string {
    return visitDates(review.visitStartDate, review.visitEndDate);
  }

  protected stage(stage: ReviewStage): string {
    return REVIEW_STAGE_LABELS[stage];
  }

  protected respond(review: ReviewListItem, response: 'accepted' | 'declined') {
    const accepting = response === 'accepted';
    confirmThen(this.dialog, {
      title: accepting
        ? 'Join the panel of this review?'
        : 'Decline your place on the panel?',
      paragraphs: accepting
        ? [
            `You will be able to read the self-assessment of ${review.organisationName} and record findings with the panel.`,
            'Keep what you read confidential to the panel and the trust.',
          ]
        : [
            `${review.organisationName} will be told, and the review will no longer be shown to you.`,
          ],
      confirmLabel: accepting ? 'Yes, join the panel' : 'Yes, decline',
      dismissLabel: 'Go back',
      action: () => this.api.respondToReviewInvitation(review.id, { response }),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.notifier.confirm(
        accepting
          ? `You have joined the panel for ${review.title}.`
          : `You have declined the invitation for ${review.title}.`,
      );
      this.reviews.reload();
    });
  }
}

/** "15 March 2027" or "15 March 2027 to 16 March 2027". */
export function visitDates(start: string, end: string): string {
  return start === end
    ? formatPlainDate(start)
    : `${formatPlainDate(start)} to ${formatPlainDate(end)}`;
}
