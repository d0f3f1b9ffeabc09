import { aReview, aReviewSummary } from './review-test-data';
import {
  isReviewDetail,
  isReviewInvitation,
  movesFor,
  savedAtText,
} from './review-model';

describe('review moves', () => {
  it('lets the reviewed trust’s chief executive start and submit the self-assessment, and close', () => {
    expect(movesFor(aReview({ stage: 'planning' }), true)).toEqual([
      expect.objectContaining({
        stage: 'self_assessment',
        direction: 'forward',
      }),
    ]);
    expect(movesFor(aReview({ stage: 'self_assessment' }), true)).toEqual([
      expect.objectContaining({ stage: 'submitted', direction: 'forward' }),
    ]);
    expect(movesFor(aReview({ stage: 'action_plan' }), true)).toEqual([
      expect.objectContaining({ stage: 'closed', direction: 'forward' }),
    ]);
  });

  it('offers governors of the reviewed trust no moves', () => {
    expect(movesFor(aReview({ stage: 'planning' }), false)).toEqual([]);
  });

  it('lets the lead move on from submitted to findings complete, and send back one stage', () => {
    const lead = { relationship: 'lead' as const };
    expect(
      movesFor(aReview({ ...lead, stage: 'submitted' }), true).map(
        (move) => `${move.direction} ${move.stage}`,
      ),
    ).toEqual(['forward visit', 'back self_assessment']);
    expect(
      movesFor(aReview({ ...lead, stage: 'findings' }), true).map(
        (move) => `${move.direction} ${move.stage}`,
      ),
    ).toEqual(['forward action_plan', 'back visit']);
    expect(
      movesFor(aReview({ ...lead, stage: 'self_assessment' }), true).map(
        (move) => `${move.direction} ${move.stage}`,
      ),
    ).toEqual(['back planning']);
  });

  it('offers reviewers no moves, and nobody a move once closed', () => {
    expect(
      movesFor(aReview({ relationship: 'reviewer', stage: 'visit' }), true),
    ).toEqual([]);
    expect(
      movesFor(aReview({ relationship: 'lead', stage: 'closed' }), true),
    ).toEqual([]);
    expect(movesFor(aReview({ stage: 'closed' }), true)).toEqual([]);
  });

  it('tells the full review, an invitation and the summary apart', () => {
    const review = aReview();
    expect(isReviewDetail(review)).toBe(true);
    expect(isReviewInvitation(review)).toBe(false);
    expect(isReviewDetail(aReviewSummary())).toBe(false);
  });

  it('says when something was saved, in England’s time', () => {
    expect(savedAtText(new Date('2027-06-01T09:42:00Z'))).toBe(
      'Saved at 10:42am',
    );
  });
});
