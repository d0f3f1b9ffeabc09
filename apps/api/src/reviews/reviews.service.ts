import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { CreateReviewDto, Page, ReviewListItem, ReviewListQueryDto, ReviewView, SessionUser, UpdateReviewDto } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { AllianceAccess, isCoordinatorOf, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { isRealDate } from '../core/calendar-dates';
import { PanelMember } from './entities/panel-member.entity';
import { ReviewFramework } from './entities/review-framework.entity';
import { Review } from './entities/review.entity';
import { StageChange } from './entities/stage-change.entity';
import { ReviewAccessService } from './review-access';
import { toReviewSummary, toReviewView } from './review-views';

@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly alliances: AllianceAccess,
    private readonly access: ReviewAccessService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Reviews of the person's own trust (CEOs and governors), reviews they are invited to or sit on, and, for a
   * coordinator, every review of the alliances they coordinate (as summaries). Only in alliances their organisation
   * is an active member of.
   */
  async list(user: SessionUser, query: ReviewListQueryDto): Promise<Page<ReviewListItem>> {
    const organisationId = requireOrganisationId(user);
    const allianceIds = await this.alliances.activeAllianceIds(user);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (!allianceIds.length) return empty;
    const coordinated = allianceIds.filter((allianceId) => isCoordinatorOf(user, allianceId));
    const reviewedTrust = user.roles.includes('ceo') || user.roles.includes('governor');
    const builder = this.dataSource
      .getRepository(Review)
      .createQueryBuilder('review')
      .leftJoinAndSelect('review.organisation', 'organisation')
      .leftJoin(PanelMember, 'panel', `panel."reviewId" = review.id AND panel."userId" = :userId AND panel.status <> 'declined'`, { userId: user.id })
      .addSelect(['panel.role', 'panel.status'])
      .where('review.allianceId IN (:...allianceIds)', { allianceIds })
      .andWhere(
        `(panel.id IS NOT NULL OR (:reviewedTrust AND review.organisationId = :organisationId)${coordinated.length ? ' OR review.allianceId IN (:...coordinated)' : ''})`,
        { reviewedTrust, organisationId, coordinated },
      );
    if (query.stage) builder.andWhere('review.stage = :stage', { stage: query.stage });
    const total = await builder.getCount();
    const { entities, raw } = await builder
      .orderBy('review.visitStartDate', 'ASC')
      .addOrderBy('review.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawAndEntities<{ review_id: string; panel_role: string | null; panel_status: string | null }>();
    const panelPlaces = new Map(raw.map((row) => [row.review_id, row]));
    const items = entities.map((review): ReviewListItem => {
      const summary = toReviewSummary(review, review.organisation?.name ?? '');
      const place = panelPlaces.get(review.id);
      if (reviewedTrust && review.organisationId === organisationId) return { ...summary, relationship: 'reviewed_trust' };
      if (place?.panel_status === 'accepted') return { ...summary, relationship: place.panel_role === 'lead' ? 'lead' : 'reviewer' };
      if (place?.panel_status === 'invited') return { ...summary, relationship: 'invited' };
      return summary;
    });
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async detail(user: SessionUser, reviewId: string): Promise<ReviewView> {
    const access = await this.access.find(user, reviewId);
    return toReviewView(this.dataSource.manager, access);
  }

  /** By the alliance's coordinator, or by the CEO of the trust to be reviewed. */
  async create(user: SessionUser, dto: CreateReviewDto): Promise<ReviewView> {
    await this.alliances.requireActiveMember(user, dto.allianceId);
    const ownTrustCeo = user.roles.includes('ceo') && user.organisationId === dto.organisationId;
    if (!isCoordinatorOf(user, dto.allianceId) && !ownTrustCeo) {
      throw new ForbiddenException('Only the alliance coordinator or the chief executive of the trust to be reviewed can start a review.');
    }
    checkVisitDates(dto.visitStartDate, dto.visitEndDate);
    const reviewId = await this.dataSource.transaction(async (manager) => {
      const trust: unknown[] = await manager.query(
        `SELECT 1 FROM alliance_memberships m JOIN organisations o ON o.id = m."organisationId"
          WHERE m."allianceId" = $1 AND m."organisationId" = $2 AND m.status = 'active' AND o.kind = 'trust'`,
        [dto.allianceId, dto.organisationId],
      );
      if (!trust.length) throw new BadRequestException('Choose a trust that is an active member of this alliance.');
      // Shared lock: the coordinator cannot change this version in place while a review starts on it.
      const framework = await manager.findOne(ReviewFramework, { where: { id: dto.frameworkId }, lock: { mode: 'pessimistic_read' } });
      if (!framework || (framework.allianceId !== null && framework.allianceId !== dto.allianceId)) {
        throw new BadRequestException('Choose a review framework available to this alliance.');
      }
      if (!framework.isCurrent) throw new ConflictException('That framework has a newer version. Choose its current version.');
      const review = await manager.save(
        manager.create(Review, {
          allianceId: dto.allianceId,
          organisationId: dto.organisationId,
          frameworkId: framework.id,
          title: dto.title.trim(),
          focus: dto.focus?.trim() ?? '',
          visitStartDate: dto.visitStartDate,
          visitEndDate: dto.visitEndDate,
          stage: 'planning',
          createdByUserId: user.id,
        }),
      );
      await manager.insert(StageChange, { reviewId: review.id, fromStage: null, toStage: 'planning', reason: null, changedByUserId: user.id });
      await this.audit.record(manager, user, {
        action: 'review.created',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { organisationId: review.organisationId, frameworkId: review.frameworkId, visitStartDate: review.visitStartDate, visitEndDate: review.visitEndDate },
      });
      return review.id;
    });
    return this.detail(user, reviewId);
  }

  /** Title, focus and visit dates: the reviewed trust's CEO, until the review is closed. */
  async update(user: SessionUser, reviewId: string, dto: UpdateReviewDto): Promise<ReviewView> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.access.findForReviewedCeo(user, reviewId, manager, 'change the review’s details');
      if (review.stage === 'closed') throw new ConflictException('This review is closed and can no longer change.');
      checkVisitDates(dto.visitStartDate ?? review.visitStartDate, dto.visitEndDate ?? review.visitEndDate);
      const changes = diff(review, { title: dto.title?.trim(), focus: dto.focus?.trim(), visitStartDate: dto.visitStartDate, visitEndDate: dto.visitEndDate });
      if (!Object.keys(changes).length) return;
      Object.assign(review, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(review);
      // The focus is the trust's own words: the audit log, which the coordinator reads, says only that it changed.
      const audited = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, field === 'focus' ? 'changed' : change]));
      await this.audit.record(manager, user, { action: 'review.updated', entityType: 'review', entityId: review.id, allianceId: review.allianceId, changes: audited });
    });
    return this.detail(user, reviewId);
  }
}

function checkVisitDates(start: string, end: string): void {
  if (!isRealDate(start)) throw new BadRequestException('The first visit date must be a real date, like 2027-03-15.');
  if (!isRealDate(end)) throw new BadRequestException('The last visit date must be a real date, like 2027-03-16.');
  if (end < start) throw new BadRequestException('The last visit date must be on or after the first visit date.');
}
