import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  ExcellenceAreaView,
  ExcellenceCandidateView,
  ExcellencePage,
  ExcellenceQueryDto,
  EXCELLENCE_MIN_RATING,
  PublishExcellenceDto,
  REVIEW_RATING_LABELS,
  ReviewExcellenceView,
  ReviewRating,
  ReviewStage,
  SessionUser,
} from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { ExcellenceArea } from './entities/excellence-area.entity';
import type { Review } from './entities/review.entity';
import { ReviewAccessService } from './review-access';

/** Once the lead has marked the findings complete; a review sent back to findings hides its areas until then again. */
const PUBLISHABLE_STAGES: readonly ReviewStage[] = ['action_plan', 'closed'];

const NOT_RATED_HIGHLY = `Only criteria the panel rated ${REVIEW_RATING_LABELS[3]} or ${REVIEW_RATING_LABELS[4]} can be shared as areas of excellence.`;

interface CandidateRow {
  criterionId: string;
  areaTitle: string;
  criterionTitle: string;
  rating: number;
  strengths: string;
  statement: string | null;
  publishedAt: Date | null;
}

interface DirectoryRow extends Omit<ExcellenceAreaView, 'rating' | 'publishedAt'> {
  rating: number;
  publishedAt: Date;
}

/** Escapes LIKE's wildcards, so that "50%" is searched for as written. */
function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * Areas of excellence: the reviewed trust's CEO may publish, in one line each, the criteria that the panel rated highly,
 * so that others in the alliance can find a trust strong in something. Opt-in, one criterion at a time, withdrawable.
 * The alliance sees a line only while the review's findings are complete and still rate that criterion highly.
 */
@Injectable()
export class ExcellenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly alliances: AllianceAccess,
    private readonly audit: AuditLog,
  ) {}

  /** What the reviewed trust could share, and what it has: for the review's content readers only. */
  async forReview(user: SessionUser, reviewId: string): Promise<ReviewExcellenceView> {
    const { review } = await this.access.findContent(user, reviewId);
    const mayPublish = PUBLISHABLE_STAGES.includes(review.stage);
    return { reviewId, mayPublish, candidates: mayPublish ? await this.candidates(this.dataSource.manager, review.id) : [] };
  }

  async publish(user: SessionUser, reviewId: string, criterionId: string, dto: PublishExcellenceDto): Promise<ExcellenceCandidateView> {
    const statement = dto.statement.trim();
    await this.dataSource.transaction(async (manager) => {
      const review = await this.lockPublishable(manager, user, reviewId);
      await this.requireRatedHighly(manager, review, criterionId);
      const existing = await manager.findOneBy(ExcellenceArea, { reviewId, criterionId });
      if (existing?.statement === statement) return;
      await manager.save(
        Object.assign(existing ?? manager.create(ExcellenceArea, { reviewId, criterionId, allianceId: review.allianceId }), { statement, publishedByUserId: user.id }),
      );
      await this.audit.record(manager, user, {
        action: existing ? 'review_excellence.updated' : 'review_excellence.published',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId },
      });
    });
    const candidate = (await this.candidates(this.dataSource.manager, reviewId)).find((row) => row.criterionId === criterionId);
    if (!candidate) throw new NotFoundException('We could not find that criterion in this review’s findings.');
    return candidate;
  }

  async withdraw(user: SessionUser, reviewId: string, criterionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.access.findForReviewedCeo(user, reviewId, manager, 'share areas of excellence');
      const existing = await manager.findOneBy(ExcellenceArea, { reviewId, criterionId });
      if (!existing) throw new NotFoundException('That area of excellence has not been shared.');
      await manager.delete(ExcellenceArea, existing.id);
      await this.audit.record(manager, user, {
        action: 'review_excellence.withdrawn',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId },
      });
    });
  }

  /** The alliance's directory: every active member's people may search it. */
  async directory(user: SessionUser, allianceId: string, query: ExcellenceQueryDto): Promise<ExcellencePage> {
    await this.alliances.requireActiveMember(user, allianceId);
    const search = query.search?.trim();
    const filters = [allianceId, EXCELLENCE_MIN_RATING, PUBLISHABLE_STAGES, search ? likePattern(search) : null, query.area ?? null];
    const visible = `
      FROM review_excellence_areas e
      JOIN reviews r ON r.id = e."reviewId" AND r.stage = ANY($3::text[])
      JOIN review_findings f ON f."reviewId" = e."reviewId" AND f."criterionId" = e."criterionId" AND f.rating >= $2
      JOIN review_framework_criteria c ON c.id = e."criterionId"
      JOIN review_framework_areas a ON a.id = c."areaId"
      JOIN organisations o ON o.id = r."organisationId"
      JOIN alliance_memberships m ON m."allianceId" = e."allianceId" AND m."organisationId" = r."organisationId" AND m.status = 'active'
      LEFT JOIN users u ON u.id = e."publishedByUserId"
     WHERE e."allianceId" = $1`;
    const matching = `${visible}
       AND ($4::text IS NULL OR e.statement ILIKE $4 OR c.title ILIKE $4 OR a.title ILIKE $4 OR o.name ILIKE $4)
       AND ($5::text IS NULL OR a.title = $5)`;
    const [rows, [{ total }], areaRows]: [DirectoryRow[], { total: number }[], { title: string }[]] = await Promise.all([
      this.dataSource.query(
        `SELECT e.id, o.id AS "organisationId", o.name AS "organisationName", a.title AS "areaTitle", c.title AS "criterionTitle",
                f.rating, e.statement, u.name AS "publishedByName", e."createdAt" AS "publishedAt"
         ${matching}
         ORDER BY e."createdAt" DESC, e.id
         LIMIT $6 OFFSET $7`,
        [...filters, query.pageSize, (query.page - 1) * query.pageSize],
      ),
      this.dataSource.query(`SELECT count(*)::int AS total ${matching}`, filters),
      this.dataSource.query(`SELECT DISTINCT a.title ${visible} ORDER BY a.title`, filters.slice(0, 3)),
    ]);
    return {
      items: rows.map((row) => ({ ...row, rating: row.rating as ReviewRating, publishedAt: row.publishedAt.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      areaTitles: areaRows.map((row) => row.title),
    };
  }

  private async lockPublishable(manager: EntityManager, user: SessionUser, reviewId: string): Promise<Review> {
    const { review } = await this.access.findForReviewedCeo(user, reviewId, manager, 'share areas of excellence');
    if (!PUBLISHABLE_STAGES.includes(review.stage)) throw new ConflictException('Areas of excellence can be shared once the panel’s findings are complete.');
    return review;
  }

  private async requireRatedHighly(manager: EntityManager, review: Review, criterionId: string): Promise<void> {
    const [finding]: { rating: number | null }[] = await manager.query(`SELECT rating FROM review_findings WHERE "reviewId" = $1 AND "criterionId" = $2`, [review.id, criterionId]);
    if (!finding) throw new NotFoundException('We could not find that criterion in this review’s findings.');
    if (finding.rating === null || finding.rating < EXCELLENCE_MIN_RATING) throw new ConflictException(NOT_RATED_HIGHLY);
  }

  /** Criteria the panel rated highly, in the framework's order, with what has been published of each. */
  private async candidates(manager: EntityManager, reviewId: string): Promise<ExcellenceCandidateView[]> {
    const rows: CandidateRow[] = await manager.query(
      `SELECT c.id AS "criterionId", a.title AS "areaTitle", c.title AS "criterionTitle", f.rating, f.strengths, e.statement, e."createdAt" AS "publishedAt"
         FROM review_findings f
         JOIN review_framework_criteria c ON c.id = f."criterionId"
         JOIN review_framework_areas a ON a.id = c."areaId"
         LEFT JOIN review_excellence_areas e ON e."reviewId" = f."reviewId" AND e."criterionId" = f."criterionId"
        WHERE f."reviewId" = $1 AND f.rating >= $2
        ORDER BY a.position, c.position`,
      [reviewId, EXCELLENCE_MIN_RATING],
    );
    return rows.map((row) => ({
      criterionId: row.criterionId,
      areaTitle: row.areaTitle,
      criterionTitle: row.criterionTitle,
      rating: row.rating as ReviewRating,
      strengths: row.strengths,
      statement: row.statement,
      publishedAt: row.publishedAt?.toISOString() ?? null,
    }));
  }
}
