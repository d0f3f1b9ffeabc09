import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  InvitePanelMemberDto,
  PANEL_ELIGIBLE_ROLES,
  PANEL_MAX_REVIEWERS,
  PanelMemberView,
  RespondToInvitationDto,
  ReviewStage,
  Role,
  SessionUser,
} from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { PanelMember } from './entities/panel-member.entity';
import { REVIEW_NOT_FOUND, ReviewAccessService } from './review-access';
import { panelViews } from './review-views';

/** The panel can change until the visit starts; after that it is the panel that visited. */
const PANEL_OPEN_STAGES: readonly ReviewStage[] = ['planning', 'self_assessment', 'submitted'];

@Injectable()
export class PanelService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, reviewId: string): Promise<PanelMemberView[]> {
    await this.access.findContent(user, reviewId);
    return panelViews(this.dataSource.manager, reviewId);
  }

  /** The reviewed trust's CEO invites a CEO or governor of another active member trust as lead or reviewer. */
  async invite(user: SessionUser, reviewId: string, dto: InvitePanelMemberDto): Promise<PanelMemberView[]> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.access.findForReviewedCeo(user, reviewId, manager, 'choose the panel');
      if (!PANEL_OPEN_STAGES.includes(review.stage)) throw new ConflictException('The panel cannot change once the review visit has started.');
      const [candidate]: { organisationId: string; roles: Role[]; kind: string; active: boolean }[] = await manager.query(
        `SELECT u."organisationId", u.roles, o.kind,
                EXISTS (SELECT 1 FROM alliance_memberships m WHERE m."allianceId" = $2 AND m."organisationId" = u."organisationId" AND m.status = 'active') AS active
           FROM users u JOIN organisations o ON o.id = u."organisationId"
          WHERE u.id = $1`,
        [dto.userId, review.allianceId],
      );
      if (!candidate || !candidate.active || candidate.kind !== 'trust') {
        throw new BadRequestException('Choose a chief executive or governor of another trust that is an active member of this alliance.');
      }
      if (candidate.organisationId === review.organisationId) throw new BadRequestException('Panel members must come from another trust, not the trust being reviewed.');
      if (!PANEL_ELIGIBLE_ROLES.some((role) => candidate.roles.includes(role))) throw new BadRequestException('Panel members must be a chief executive or a governor of their trust.');
      const panel = await manager.find(PanelMember, { where: { reviewId: review.id } });
      const existing = panel.find((member) => member.userId === dto.userId);
      if (existing && existing.status !== 'declined') throw new ConflictException('That person is already on the panel.');
      const active = panel.filter((member) => member.status !== 'declined' && member.userId !== dto.userId);
      if (dto.role === 'lead' && active.some((member) => member.role === 'lead')) throw new ConflictException('The panel already has a lead reviewer. Remove them first to choose another.');
      if (dto.role === 'reviewer' && active.filter((member) => member.role === 'reviewer').length >= PANEL_MAX_REVIEWERS) {
        throw new ConflictException(`A panel can have at most ${PANEL_MAX_REVIEWERS} reviewers besides the lead.`);
      }
      // Someone who declined can be asked again: their place is reused.
      const member = existing ?? manager.create(PanelMember, { reviewId: review.id, userId: dto.userId });
      Object.assign(member, { role: dto.role, status: 'invited', respondedAt: null, invitedByUserId: user.id });
      await manager.save(member);
      await this.audit.record(manager, user, {
        action: 'review_panel.invited',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { userId: dto.userId, role: dto.role },
      });
    });
    return panelViews(this.dataSource.manager, reviewId);
  }

  async remove(user: SessionUser, reviewId: string, memberId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.access.findForReviewedCeo(user, reviewId, manager, 'choose the panel');
      const member = await manager.findOneBy(PanelMember, { id: memberId, reviewId: review.id });
      if (!member) throw new NotFoundException('We could not find that panel member.');
      if (!PANEL_OPEN_STAGES.includes(review.stage)) throw new ConflictException('The panel cannot change once the review visit has started.');
      await manager.delete(PanelMember, member.id);
      await this.audit.record(manager, user, {
        action: 'review_panel.removed',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { userId: member.userId, role: member.role },
      });
    });
  }

  /** The invited person accepts (and from then on sees the content) or declines (and sees nothing more). */
  async respond(user: SessionUser, reviewId: string, dto: RespondToInvitationDto): Promise<PanelMemberView> {
    const memberId = await this.dataSource.transaction(async (manager) => {
      const access = await this.access.find(user, reviewId, manager, true);
      const member = access.panelMember;
      if (!member) throw new NotFoundException(REVIEW_NOT_FOUND);
      if (member.status !== 'invited') throw new ConflictException(`You have already ${member.status} this invitation.`);
      if (access.review.stage === 'closed') throw new ConflictException('This review is closed.');
      member.status = dto.response;
      member.respondedAt = new Date();
      await manager.save(member);
      await this.audit.record(manager, user, {
        action: `review_panel.${dto.response}`,
        entityType: 'review',
        entityId: access.review.id,
        allianceId: access.review.allianceId,
        changes: { role: member.role },
      });
      return member.id;
    });
    const view = (await panelViews(this.dataSource.manager, reviewId)).find((member) => member.id === memberId);
    if (!view) throw new NotFoundException(REVIEW_NOT_FOUND);
    return view;
  }
}
