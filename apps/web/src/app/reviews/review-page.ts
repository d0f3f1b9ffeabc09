import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  REVIEW_STAGES,
  REVIEW_STAGE_LABELS,
  type ReviewDetail,
  type ReviewStage,
  type ReviewView,
} from '@alliance/contracts';
import { ApiClient } from '../core/api/api-client';
import { SessionStore } from '../core/session/session-store';
import { confirmThen } from '../shared/confirm-dialog';
import { LoadError } from '../shared/load-error';
import { LoadingIndicator } from '../shared/loading-indicator';
import { LondonDatePipe } from '../shared/london-date-pipe';
import { Notifier } from '../shared/notifier';
import { ParagraphsPipe } from '../shared/paragraphs-pipe';
import { visitDates } from './my-reviews-page';
import { ReviewPanel } from './review-panel';
import {
  RELATIONSHIP_LABELS,
  type StageMove,
  isReviewDetail,
  isReviewInvitation,
  isReviewedCeo,
  movesFor,
} from './review-model';
import { SendBackDialog, type SendBackDialogData } from './send-back-dialog';

/** Stages before the visit, while the panel can still change. */
const PANEL_OPEN_STAGES: readonly ReviewStage[] = [
  'planning',
  'self_assessment',
  'submitted',
];

/**
 * The review workspace: the stage tracker with the moves the person may make, the panel, the stage history and
 * the way into the self-assessment, findings and action plan. The coordinator sees the stage and dates only; an
 * invited panel member sees the summary and answers the invitation.
 */
@Component({
  selector: 'app-review-page',
  imports: [
    RouterLink,
    MatButton,
    LoadError,
    LoadingIndicator,
    LondonDatePipe,
    ParagraphsPipe,
    ReviewPanel,
  ],
  templateUrl: './review-page.html',
  styleUrl: './review-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReviewPage {
  /** Route parameter: the review. */
  readonly id = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);

  protected readonly stages = REVIEW_STAGES;
  protected readonly stageLabels = REVIEW_STAGE_LABELS;
  protected readonly review = rxResource({
    params: () => this.id(),
    stream: ({ params: reviewId }) => this.api.getReview(reviewId),
  });
  protected readonly detail = computed(() => {
    const view = this.review.value();
    return view && isReviewDetail(view) ? view : null;
  });
  protected readonly invitation = computed(() => {
    const view = this.review.value();
    return view && isReviewInvitation(view) ? view : null;
  });
  private readonly isCeo = computed(() => this.session.hasRole('ceo'));
  protected readonly moves = computed(() => {
    const review = this.detail();
    return review ? movesFor(review, this.isCeo()) : [];
  });
  protected readonly mayChangePanel = computed(() => {
    const review = this.detail();
    return (
      !!review &&
      isReviewedCeo(review, this.isCeo()) &&
      PANEL_OPEN_STAGES.includes(review.stage)
    );
  });
  /** The reviewed trust's chief executive shares its areas of excellence; everyone else reads them. */
  protected readonly mayShareExcellence = computed(() => {
    const review = this.detail();
    return !!review && isReviewedCeo(review, this.isCeo());
  });
  protected readonly relationship = computed(() => {
    const review = this.detail();
    return review ? RELATIONSHIP_LABELS[review.relationship] : '';
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const view = this.review.value();
      if (view) title.setTitle(`${view.title} – Alliance`);
    });
  }

  protected dates(view: ReviewView): string {
    return visitDates(view.visitStartDate, view.visitEndDate);
  }

  /** done, current or to come, for the tracker. */
  protected stateOf(stage: ReviewStage, current: ReviewStage): string {
    const at = REVIEW_STAGES.indexOf(current);
    const index = REVIEW_STAGES.indexOf(stage);
    if (index < at) return 'done';
    return index === at ? 'current' : 'upcoming';
  }

  /** Whether the review has reached a stage. */
  protected reached(review: ReviewDetail, stage: ReviewStage): boolean {
    return REVIEW_STAGES.indexOf(review.stage) >= REVIEW_STAGES.indexOf(stage);
  }

  protected stageLabel(stage: ReviewStage | null): string {
    return stage ? REVIEW_STAGE_LABELS[stage] : 'Started';
  }

  protected reload(): void {
    this.review.reload();
  }

  protected move(review: ReviewDetail, move: StageMove): void {
    if (move.direction === 'back') {
      this.dialog
        .open<SendBackDialog, SendBackDialogData, ReviewDetail>(
          SendBackDialog,
          {
            data: { reviewId: review.id, toStage: move.stage },
            width: '36rem',
            maxWidth: 'calc(100vw - 2rem)',
            ariaModal: true,
          },
        )
        .afterClosed()
        .subscribe((moved) => {
          if (!moved) return;
          this.review.set(moved);
          this.notifier.confirm(move.done);
        });
      return;
    }
    confirmThen(this.dialog, {
      title: move.title,
      paragraphs: move.paragraphs,
      confirmLabel: move.confirmLabel,
      dismissLabel: 'Go back',
      action: () => this.api.moveReview(review.id, { stage: move.stage }),
    }).subscribe((outcome) => {
      if (!outcome) return;
      this.review.set(outcome.result);
      this.notifier.confirm(move.done);
    });
  }

  protected respond(response: 'accepted' | 'declined'): void {
    const view = this.invitation();
    if (!view) return;
    const accepting = response === 'accepted';
    confirmThen(this.dialog, {
      title: accepting
        ? 'Join the panel of this review?'
        : 'Decline your place on the panel?',
      paragraphs: accepting
        ? [
            `You will be able to read the self-assessment of ${view.organisationName} and record findings with the panel.`,
            'Keep what you read confidential to the panel and the trust.',
          ]
        : [
            `${view.organisationName} will be told, and the review will no longer be shown to you.`,
          ],
      confirmLabel: accepting ? 'Yes, join the panel' : 'Yes, decline',
      dismissLabel: 'Go back',
      action: () => this.api.respondToReviewInvitation(view.id, { response }),
    }).subscribe((outcome) => {
      if (!outcome) return;
      if (accepting) {
        this.notifier.confirm('You have joined the panel.');
        this.review.reload();
      } else {
        void this.router
          .navigate(['/reviews'])
          .then(() =>
            this.notifier.confirm('You have declined the invitation.'),
          );
      }
    });
  }
}
