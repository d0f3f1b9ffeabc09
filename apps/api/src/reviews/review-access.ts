import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { REVIEWED_TRUST_CONTENT_ROLES, ReviewRelationship, SessionUser } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { isCoordinatorOf, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { PanelMember } from './entities/panel-member.entity';
import { Review } from './entities/review.entity';

export const REVIEW_NOT_FOUND = 'We could not find that review.';

/** Relationships that see a review's content (DESIGN §2): the reviewed trust's CEO and governors, and the accepted panel. */
export type ContentRelationship = 'reviewed_trust' | 'lead' | 'reviewer';

export interface ReviewAccess {
  review: Review;
  relationship: ReviewRelationship;
  /** The person's own panel place, when they have one that is not declined. */
  panelMember: PanelMember | null;
}

export interface ContentAccess extends ReviewAccess {
  relationship: ContentRelationship;
}

export function mayReadContent(access: ReviewAccess): access is ContentAccess {
  return access.relationship === 'reviewed_trust' || access.relationship === 'lead' || access.relationship === 'reviewer';
}

export function isReviewedTrustCeo(user: SessionUser, access: ReviewAccess): boolean {
  return access.relationship === 'reviewed_trust' && user.roles.includes('ceo');
}

/**
 * Decides how the signed-in person stands towards a review. Everything is also scoped to the review's alliance:
 * a person whose organisation is no longer an active member sees nothing of it. Anyone without a
 * relationship gets 404, so that a review's existence is not leaked even to other CEOs of the alliance.
 */
@Injectable()
export class ReviewAccessService {
  constructor(private readonly dataSource: DataSource) {}

  async find(user: SessionUser, reviewId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<ReviewAccess> {
    const organisationId = requireOrganisationId(user);
    const review = await manager.findOne(Review, { where: { id: reviewId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!review) throw new NotFoundException(REVIEW_NOT_FOUND);
    const member: unknown[] = await manager.query(
      `SELECT 1 FROM alliance_memberships WHERE "allianceId" = $1 AND "organisationId" = $2 AND status = 'active'`,
      [review.allianceId, organisationId],
    );
    if (!member.length) throw new NotFoundException(REVIEW_NOT_FOUND);
    const relationship = await this.relationship(manager, user, review);
    if (!relationship) throw new NotFoundException(REVIEW_NOT_FOUND);
    return relationship;
  }

  /** 404 unless the person may see the review's content; the coordinator included. */
  async findContent(user: SessionUser, reviewId: string, manager?: EntityManager, lock = false): Promise<ContentAccess> {
    const access = await this.find(user, reviewId, manager, lock);
    if (!mayReadContent(access)) throw new NotFoundException(REVIEW_NOT_FOUND);
    return access;
  }

  /** The reviewed trust's CEO: 404 for those who cannot see the content, 403 for those who can but may not act. */
  async findForReviewedCeo(user: SessionUser, reviewId: string, manager: EntityManager, action: string): Promise<ContentAccess> {
    const access = await this.findContent(user, reviewId, manager, true);
    if (!isReviewedTrustCeo(user, access)) throw new ForbiddenException(`Only the chief executive of the reviewed trust can ${action}.`);
    return access;
  }

  private async relationship(manager: EntityManager, user: SessionUser, review: Review): Promise<ReviewAccess | null> {
    const panelMember = await manager.findOne(PanelMember, { where: { reviewId: review.id, userId: user.id } });
    const activePanelMember = panelMember && panelMember.status !== 'declined' ? panelMember : null;
    if (user.organisationId === review.organisationId && REVIEWED_TRUST_CONTENT_ROLES.some((role) => user.roles.includes(role))) {
      return { review, relationship: 'reviewed_trust', panelMember: null };
    }
    if (activePanelMember?.status === 'accepted') return { review, relationship: activePanelMember.role, panelMember: activePanelMember };
    if (activePanelMember?.status === 'invited') return { review, relationship: 'invited', panelMember: activePanelMember };
    if (isCoordinatorOf(user, review.allianceId)) return { review, relationship: 'coordinator', panelMember: null };
    return null;
  }
}
