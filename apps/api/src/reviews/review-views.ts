import type { PanelMemberView, ReviewDetail, ReviewInvitationDetail, ReviewStage, ReviewSummary, ReviewView, StageChangeView } from '@alliance/contracts';
import type { EntityManager } from 'typeorm';
import type { Review } from './entities/review.entity';
import { mayReadContent, ReviewAccess } from './review-access';

/** Exactly the coordinator's fields (DESIGN §3): nothing of the content, not even the panel. */
export function toReviewSummary(review: Review, organisationName: string): ReviewSummary {
  return {
    id: review.id,
    organisationId: review.organisationId,
    organisationName,
    title: review.title,
    stage: review.stage,
    visitStartDate: review.visitStartDate,
    visitEndDate: review.visitEndDate,
    createdAt: review.createdAt.toISOString(),
    updatedAt: review.updatedAt.toISOString(),
  };
}

/** The review as this person may see it: the summary, an invitation, or everything. */
export async function toReviewView(manager: EntityManager, access: ReviewAccess): Promise<ReviewView> {
  const { review } = access;
  const [{ name: organisationName }]: { name: string }[] = await manager.query(`SELECT name FROM organisations WHERE id = $1`, [review.organisationId]);
  const summary = toReviewSummary(review, organisationName);
  if (access.relationship === 'coordinator') return summary;
  const panel = await panelViews(manager, review.id);
  const panelUserIds = panel.filter((member) => member.status !== 'declined').map((member) => member.userId);
  if (access.relationship === 'invited' && access.panelMember) {
    const invitation: ReviewInvitationDetail = {
      ...summary,
      allianceId: review.allianceId,
      panelUserIds,
      relationship: 'invited',
      myPanelMemberId: access.panelMember.id,
      myPanelRole: access.panelMember.role,
    };
    return invitation;
  }
  if (!mayReadContent(access)) return summary;
  const [framework]: { name: string; version: number }[] = await manager.query(`SELECT name, version FROM review_frameworks WHERE id = $1`, [review.frameworkId]);
  const detail: ReviewDetail = {
    ...summary,
    allianceId: review.allianceId,
    relationship: access.relationship,
    panelUserIds,
    frameworkId: review.frameworkId,
    frameworkName: framework.name,
    frameworkVersion: framework.version,
    focus: review.focus,
    panel,
    stageHistory: await stageHistory(manager, review.id),
    selfAssessmentSubmittedAt: review.selfAssessmentSubmittedAt?.toISOString() ?? null,
    findingsCompletedAt: review.findingsCompletedAt?.toISOString() ?? null,
    closedAt: review.closedAt?.toISOString() ?? null,
  };
  return detail;
}

export async function panelViews(manager: EntityManager, reviewId: string): Promise<PanelMemberView[]> {
  const rows: (Omit<PanelMemberView, 'respondedAt'> & { respondedAt: Date | null })[] = await manager.query(
    `SELECT p.id, p."userId", u.name, u."organisationId", o.name AS "organisationName", p.role, p.status, p."respondedAt"
       FROM review_panel_members p
       JOIN users u ON u.id = p."userId"
       JOIN organisations o ON o.id = u."organisationId"
      WHERE p."reviewId" = $1
      ORDER BY p.role, p."createdAt", p.id`,
    [reviewId],
  );
  return rows.map((row) => ({ ...row, respondedAt: row.respondedAt?.toISOString() ?? null }));
}

async function stageHistory(manager: EntityManager, reviewId: string): Promise<StageChangeView[]> {
  const rows: { id: string; fromStage: ReviewStage | null; toStage: ReviewStage; reason: string | null; changedByUserId: string | null; changedByName: string | null; changedAt: Date }[] =
    await manager.query(
      `SELECT c.id, c."fromStage", c."toStage", c.reason, c."changedByUserId", u.name AS "changedByName", c."changedAt"
         FROM review_stage_changes c LEFT JOIN users u ON u.id = c."changedByUserId"
        WHERE c."reviewId" = $1
        ORDER BY c."changedAt", c.id`,
      [reviewId],
    );
  return rows.map((row) => ({ ...row, changedAt: row.changedAt.toISOString() }));
}
