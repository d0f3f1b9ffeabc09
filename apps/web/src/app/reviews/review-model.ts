import {
  REVIEW_RATING_LABELS,
  REVIEW_STAGES,
  type ActionStatus,
  type ReviewDetail,
  type ReviewInvitationDetail,
  type ReviewRating,
  type ReviewRelationship,
  type ReviewStage,
  type ReviewView,
} from '@alliance/contracts';
import { formatLondon } from '../shared/london-date-pipe';

// What the web app needs to know about a review beyond its data: which view the API sent, and which moves
// the signed-in person may make. The API has the last word on every move; these only decide what to offer.

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

export const RELATIONSHIP_LABELS: Record<
  Exclude<ReviewRelationship, 'coordinator'>,
  string
> = {
  reviewed_trust: 'Your trust is being reviewed',
  lead: 'You are the lead reviewer',
  reviewer: 'You are a reviewer',
  invited: 'You are invited to the panel',
};

/** The full review: the reviewed trust's CEO and governors, and the accepted panel. */
export function isReviewDetail(view: ReviewView): view is ReviewDetail {
  return 'panel' in view;
}

/** An invited panel member who has not answered yet. */
export function isReviewInvitation(
  view: ReviewView,
): view is ReviewInvitationDetail {
  return 'relationship' in view && view.relationship === 'invited';
}

/** A stage move the signed-in person may make now. */
export interface StageMove {
  stage: ReviewStage;
  direction: 'forward' | 'back';
  label: string;
  title: string;
  paragraphs: string[];
  confirmLabel: string;
  done: string;
}

const FORWARD: Record<
  Exclude<ReviewStage, 'closed'>,
  { by: 'reviewed_ceo' | 'lead' } & Omit<StageMove, 'stage' | 'direction'>
> = {
  planning: {
    by: 'reviewed_ceo',
    label: 'Start the self-assessment',
    title: 'Start the self-assessment?',
    paragraphs: [
      'Your trust can then rate itself against each criterion and add evidence.',
      'The review needs a lead reviewer on the panel first.',
    ],
    confirmLabel: 'Yes, start it',
    done: 'The self-assessment has started.',
  },
  self_assessment: {
    by: 'reviewed_ceo',
    label: 'Submit the self-assessment',
    title: 'Submit the self-assessment?',
    paragraphs: [
      'The panel will be able to read it. You will not be able to change it unless the lead reviewer sends it back.',
      'Every criterion must have a rating.',
    ],
    confirmLabel: 'Yes, submit it',
    done: 'The self-assessment has been submitted to the panel.',
  },
  submitted: {
    by: 'lead',
    label: 'Start the review visit',
    title: 'Start the review visit?',
    paragraphs: [
      'The panel can then record findings. At least one other reviewer must have accepted.',
      'The panel can no longer be changed.',
    ],
    confirmLabel: 'Yes, start the visit',
    done: 'The review visit has started.',
  },
  visit: {
    by: 'lead',
    label: 'Move to findings',
    title: 'Move the review to findings?',
    paragraphs: [
      'The panel can go on recording findings and you can write the overall summary.',
    ],
    confirmLabel: 'Yes, move to findings',
    done: 'The review is at the findings stage.',
  },
  findings: {
    by: 'lead',
    label: 'Mark findings complete',
    title: 'Mark the findings complete?',
    paragraphs: [
      'The findings will be locked and the reviewed trust can write its action plan.',
      'You need the overall summary and at least one finding.',
    ],
    confirmLabel: 'Yes, findings are complete',
    done: 'The findings are complete. The trust can now write its action plan.',
  },
  action_plan: {
    by: 'reviewed_ceo',
    label: 'Close the review',
    title: 'Close the review?',
    paragraphs: [
      'Every action must be done or dropped. A closed review cannot be reopened.',
    ],
    confirmLabel: 'Yes, close it',
    done: 'The review has been closed.',
  },
};

/** The stage after this one, or null for the last. */
export function nextStage(stage: ReviewStage): ReviewStage | null {
  return REVIEW_STAGES[REVIEW_STAGES.indexOf(stage) + 1] ?? null;
}

export function previousStage(stage: ReviewStage): ReviewStage | null {
  return REVIEW_STAGES[REVIEW_STAGES.indexOf(stage) - 1] ?? null;
}

/** Whether the signed-in person is the reviewed trust's chief executive (governors read, but do not act). */
export function isReviewedCeo(review: ReviewDetail, isCeo: boolean): boolean {
  return review.relationship === 'reviewed_trust' && isCeo;
}

/** The moves on offer: forward for whoever owns the stage, and one stage back for the lead. */
export function movesFor(review: ReviewDetail, isCeo: boolean): StageMove[] {
  if (review.stage === 'closed') return [];
  const moves: StageMove[] = [];
  const forward = FORWARD[review.stage];
  const next = nextStage(review.stage);
  const mayMoveOn =
    forward.by === 'lead'
      ? review.relationship === 'lead'
      : isReviewedCeo(review, isCeo);
  if (next && mayMoveOn) {
    moves.push({
      stage: next,
      direction: 'forward',
      label: forward.label,
      title: forward.title,
      paragraphs: forward.paragraphs,
      confirmLabel: forward.confirmLabel,
      done: forward.done,
    });
  }
  const previous = previousStage(review.stage);
  if (previous && review.relationship === 'lead') {
    moves.push({
      stage: previous,
      direction: 'back',
      label: 'Send back one stage',
      title: `Send the review back to ${stageName(previous)}?`,
      paragraphs: [
        'Say why, so that the trust and the panel know what to do next.',
      ],
      confirmLabel: 'Send it back',
      done: `The review has been sent back to ${stageName(previous)}.`,
    });
  }
  return moves;
}

/** Stage names inside a sentence: "the self-assessment", "the review visit". */
export function stageName(stage: ReviewStage): string {
  switch (stage) {
    case 'planning':
      return 'planning';
    case 'self_assessment':
      return 'the self-assessment';
    case 'submitted':
      return 'submitted';
    case 'visit':
      return 'the review visit';
    case 'findings':
      return 'findings';
    case 'action_plan':
      return 'the action plan';
    case 'closed':
      return 'closed';
  }
}

/** "Saved at 10:42am", in England's time. */
export function savedAtText(at: Date): string {
  return `Saved at ${formatLondon(at, 'time')}`;
}

/** "3 – Established", for a rating. */
export const RATING_TEXT: Record<ReviewRating, string> = {
  1: `1 – ${REVIEW_RATING_LABELS[1]}`,
  2: `2 – ${REVIEW_RATING_LABELS[2]}`,
  3: `3 – ${REVIEW_RATING_LABELS[3]}`,
  4: `4 – ${REVIEW_RATING_LABELS[4]}`,
};
