import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { FindingsView, FindingView, ReviewRating, SaveFindingDto, SaveFindingsSummaryDto, SessionUser } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { Finding } from './entities/finding.entity';
import type { Review } from './entities/review.entity';
import { ContentAccess, ReviewAccessService } from './review-access';
import { requireCriterion } from './self-assessment.service';

/**
 * The panel's findings: any accepted panel member writes them during the visit and the findings stage; the lead
 * writes the overall summary and marks the findings complete by moving the review on to its action plan.
 */
@Injectable()
export class FindingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly audit: AuditLog,
  ) {}

  async get(user: SessionUser, reviewId: string): Promise<FindingsView> {
    const { review } = await this.access.findContent(user, reviewId);
    return this.view(this.dataSource.manager, review);
  }

  async save(user: SessionUser, reviewId: string, criterionId: string, dto: SaveFindingDto): Promise<FindingView> {
    const findingId = await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForPanel(manager, user, reviewId);
      await requireCriterion(manager, review, criterionId);
      const finding =
        (await manager.findOne(Finding, { where: { reviewId, criterionId }, lock: { mode: 'pessimistic_write' } })) ??
        manager.create(Finding, { reviewId, criterionId, strengths: '', areasToDevelop: '', rating: null });
      const next = {
        strengths: dto.strengths ?? finding.strengths,
        areasToDevelop: dto.areasToDevelop ?? finding.areasToDevelop,
        rating: dto.rating === undefined ? finding.rating : dto.rating,
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((field) => finding[field] !== next[field]);
      if (finding.id && !changed.length) return finding.id;
      Object.assign(finding, next, { updatedByUserId: user.id });
      const saved = await manager.save(finding);
      await this.audit.record(manager, user, {
        action: 'review_finding.saved',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId, findingId: saved.id, fields: changed },
      });
      return saved.id;
    });
    return toFindingView(await this.dataSource.manager.findOneByOrFail(Finding, { id: findingId }));
  }

  async saveSummary(user: SessionUser, reviewId: string, dto: SaveFindingsSummaryDto): Promise<FindingsView> {
    const review = await this.dataSource.transaction(async (manager) => {
      const access = await this.lockForPanel(manager, user, reviewId);
      if (access.relationship !== 'lead') throw new ForbiddenException('Only the lead reviewer can write the overall summary.');
      const { review } = access;
      if (review.findingsSummary !== dto.summary) {
        review.findingsSummary = dto.summary;
        await manager.save(review);
        await this.audit.record(manager, user, { action: 'review_findings_summary.saved', entityType: 'review', entityId: review.id, allianceId: review.allianceId });
      }
      return review;
    });
    return this.view(this.dataSource.manager, review);
  }

  private async lockForPanel(manager: EntityManager, user: SessionUser, reviewId: string): Promise<ContentAccess> {
    const access = await this.access.findContent(user, reviewId, manager, true);
    if (access.relationship !== 'lead' && access.relationship !== 'reviewer') throw new ForbiddenException('Only the review panel can write findings.');
    if (access.review.stage !== 'visit' && access.review.stage !== 'findings') {
      throw new ConflictException(
        access.review.stage === 'action_plan' || access.review.stage === 'closed' ? 'The findings are complete and locked.' : 'Findings are written once the review visit has started.',
      );
    }
    return access;
  }

  private async view(manager: EntityManager, review: Review): Promise<FindingsView> {
    const findings = await manager.find(Finding, { where: { reviewId: review.id }, order: { createdAt: 'ASC', id: 'ASC' } });
    return {
      reviewId: review.id,
      summary: review.findingsSummary,
      completedAt: review.findingsCompletedAt?.toISOString() ?? null,
      findings: findings.map(toFindingView),
    };
  }
}

function toFindingView(finding: Finding): FindingView {
  return {
    id: finding.id,
    criterionId: finding.criterionId,
    strengths: finding.strengths,
    areasToDevelop: finding.areasToDevelop,
    rating: finding.rating as ReviewRating | null,
    updatedByUserId: finding.updatedByUserId,
    updatedAt: finding.updatedAt.toISOString(),
  };
}
