import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { MoveReviewDto, REVIEW_STAGE_LABELS, REVIEW_STAGES, ReviewStage, ReviewView, SessionUser } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import type { Review } from './entities/review.entity';
import { StageChange } from './entities/stage-change.entity';
import { ContentAccess, isReviewedTrustCeo, ReviewAccessService } from './review-access';
import { toReviewView } from './review-views';

type Mover = 'reviewed_ceo' | 'lead';

/**
 * Who moves a review forward from each stage, and what must be true first. The reviewed trust's CEO starts and
 * submits the self-assessment and closes the review; the lead reviewer runs the visit and the findings. Only the
 * lead sends a review back, one stage, with a reason. A closed review stays closed.
 */
export const FORWARD_MOVES: Record<Exclude<ReviewStage, 'closed'>, { mover: Mover; check: (manager: EntityManager, review: Review) => Promise<string | null> }> = {
  planning: { mover: 'reviewed_ceo', check: hasLead },
  self_assessment: { mover: 'reviewed_ceo', check: everyCriterionRated },
  submitted: { mover: 'lead', check: hasAcceptedReviewer },
  visit: { mover: 'lead', check: async () => null },
  findings: { mover: 'lead', check: findingsWritten },
  action_plan: { mover: 'reviewed_ceo', check: everyActionFinished },
};

const MOVER_NAMES: Record<Mover, string> = { reviewed_ceo: 'the chief executive of the reviewed trust', lead: 'the lead reviewer' };

export function nextStage(stage: ReviewStage): ReviewStage | null {
  return REVIEW_STAGES[REVIEW_STAGES.indexOf(stage) + 1] ?? null;
}

export function previousStage(stage: ReviewStage): ReviewStage | null {
  return REVIEW_STAGES[REVIEW_STAGES.indexOf(stage) - 1] ?? null;
}

@Injectable()
export class ReviewStagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly audit: AuditLog,
  ) {}

  async move(user: SessionUser, reviewId: string, dto: MoveReviewDto): Promise<ReviewView> {
    await this.dataSource.transaction(async (manager) => {
      const access = await this.access.findContent(user, reviewId, manager, true);
      const { review } = access;
      const from = review.stage;
      const reason = dto.reason?.trim() || null;
      if (from === 'closed') throw new ConflictException('This review is closed and can no longer move.');
      if (dto.stage === nextStage(from)) {
        const rule = FORWARD_MOVES[from];
        if (!mayMove(user, access, rule.mover)) {
          throw new ForbiddenException(`Only ${MOVER_NAMES[rule.mover]} can move the review from ${label(from)} to ${label(dto.stage)}.`);
        }
        const problem = await rule.check(manager, review);
        if (problem) throw new ConflictException(problem);
        applyForward(review, dto.stage);
      } else if (dto.stage === previousStage(from)) {
        if (access.relationship !== 'lead') throw new ForbiddenException('Only the lead reviewer can send a review back a stage.');
        if (!reason) throw new BadRequestException('Give a reason for sending the review back.');
        applyBackward(review, dto.stage);
      } else {
        const next = nextStage(from) ?? 'closed';
        const previous = previousStage(from);
        throw new ConflictException(
          `A review moves one stage at a time: from ${label(from)} it can move on to ${label(next)}${previous ? ` or, by the lead reviewer with a reason, back to ${label(previous)}` : ''}.`,
        );
      }
      review.stage = dto.stage;
      await manager.save(review);
      await manager.insert(StageChange, { reviewId: review.id, fromStage: from, toStage: dto.stage, reason, changedByUserId: user.id });
      // The reason may quote the review's content, so the audit log (which the coordinator reads) keeps only the move.
      await this.audit.record(manager, user, {
        action: 'review.stage_changed',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { stage: { from, to: dto.stage }, backwards: dto.stage === previousStage(from) },
      });
    });
    return toReviewView(this.dataSource.manager, await this.access.find(user, reviewId));
  }
}

function mayMove(user: SessionUser, access: ContentAccess, mover: Mover): boolean {
  return mover === 'lead' ? access.relationship === 'lead' : isReviewedTrustCeo(user, access);
}

function label(stage: ReviewStage): string {
  return REVIEW_STAGE_LABELS[stage].toLowerCase();
}

function applyForward(review: Review, to: ReviewStage): void {
  if (to === 'submitted') review.selfAssessmentSubmittedAt = new Date();
  if (to === 'action_plan') review.findingsCompletedAt = new Date();
  if (to === 'closed') review.closedAt = new Date();
}

/** Going back reopens what the stage left behind: the self-assessment, or the findings. */
function applyBackward(review: Review, to: ReviewStage): void {
  if (to === 'self_assessment') review.selfAssessmentSubmittedAt = null;
  if (to === 'findings') review.findingsCompletedAt = null;
}

async function hasLead(manager: EntityManager, review: Review): Promise<string | null> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM review_panel_members WHERE "reviewId" = $1 AND role = 'lead' AND status <> 'declined'`, [review.id]);
  return rows.length ? null : 'Invite a lead reviewer before starting the self-assessment.';
}

async function everyCriterionRated(manager: EntityManager, review: Review): Promise<string | null> {
  const [{ missing }]: { missing: number }[] = await manager.query(
    `SELECT count(*)::int AS missing FROM review_framework_criteria c
      WHERE c."frameworkId" = $1
        AND NOT EXISTS (SELECT 1 FROM review_self_assessments s WHERE s."reviewId" = $2 AND s."criterionId" = c.id AND s.rating IS NOT NULL)`,
    [review.frameworkId, review.id],
  );
  return missing ? `Rate every criterion before submitting: ${missing} ${missing === 1 ? 'criterion has' : 'criteria have'} no rating yet.` : null;
}

async function hasAcceptedReviewer(manager: EntityManager, review: Review): Promise<string | null> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM review_panel_members WHERE "reviewId" = $1 AND role = 'reviewer' AND status = 'accepted'`, [review.id]);
  return rows.length ? null : 'At least one reviewer besides the lead must accept before the visit starts.';
}

async function findingsWritten(manager: EntityManager, review: Review): Promise<string | null> {
  if (!review.findingsSummary.trim()) return 'Write the overall summary before marking the findings complete.';
  const rows: unknown[] = await manager.query(`SELECT 1 FROM review_findings WHERE "reviewId" = $1 LIMIT 1`, [review.id]);
  return rows.length ? null : 'Record at least one finding before marking the findings complete.';
}

async function everyActionFinished(manager: EntityManager, review: Review): Promise<string | null> {
  const [{ open }]: { open: number }[] = await manager.query(
    `SELECT count(*)::int AS open FROM review_actions WHERE "reviewId" = $1 AND status NOT IN ('done', 'dropped')`,
    [review.id],
  );
  return open ? `The review can close only when every action is done or dropped: ${open} ${open === 1 ? 'action is' : 'actions are'} still open.` : null;
}
