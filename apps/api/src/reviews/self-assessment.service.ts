import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { EVIDENCE_FILES_PER_CRITERION_MAX, EvidenceFileView, ReviewRating, SaveSelfAssessmentDto, SelfAssessmentEntryView, SelfAssessmentView, SessionUser } from '@alliance/contracts';
import type { Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { FileStore } from '../files/file-store.service';
import type { UploadedDocument } from '../files/upload.interceptor';
import { EvidenceFile } from './entities/evidence-file.entity';
import type { Review } from './entities/review.entity';
import { SelfAssessmentEntry } from './entities/self-assessment-entry.entity';
import { ContentAccess, isReviewedTrustCeo, ReviewAccessService } from './review-access';

export const CRITERION_NOT_FOUND = 'We could not find that criterion in this review’s framework.';
const EVIDENCE_NOT_FOUND = 'We could not find that evidence document.';

/**
 * The reviewed trust's self-assessment, one criterion at a time. Only its CEO writes it, only while the review is in
 * self-assessment; submitting (a stage move) locks it. Every save is idempotent, so the web app can autosave freely.
 */
@Injectable()
export class SelfAssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly files: FileStore,
    private readonly audit: AuditLog,
  ) {}

  async get(user: SessionUser, reviewId: string): Promise<SelfAssessmentView> {
    const { review } = await this.access.findContent(user, reviewId);
    return this.view(this.dataSource.manager, review);
  }

  async save(user: SessionUser, reviewId: string, criterionId: string, dto: SaveSelfAssessmentDto): Promise<SelfAssessmentEntryView> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForWriting(manager, user, reviewId);
      await requireCriterion(manager, review, criterionId);
      const entry =
        (await manager.findOne(SelfAssessmentEntry, { where: { reviewId, criterionId }, lock: { mode: 'pessimistic_write' } })) ??
        manager.create(SelfAssessmentEntry, { reviewId, criterionId, rating: null, narrative: '', evidenceLinks: [] });
      // jsonb keeps its own key order, so links are compared (and stored) as {title, url}.
      entry.evidenceLinks = entry.evidenceLinks.map(({ title, url }) => ({ title, url }));
      const next = {
        rating: dto.rating === undefined ? entry.rating : dto.rating,
        narrative: dto.narrative === undefined ? entry.narrative : dto.narrative,
        evidenceLinks: dto.evidenceLinks === undefined ? entry.evidenceLinks : dto.evidenceLinks.map((link) => ({ title: link.title.trim(), url: link.url.trim() })),
      };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((field) => JSON.stringify(entry[field]) !== JSON.stringify(next[field]));
      // An autosave that repeats what is stored writes nothing, not even an audit entry.
      if (entry.id && !changed.length) return;
      Object.assign(entry, next, { updatedByUserId: user.id });
      await manager.save(entry);
      // Only which fields changed: the audit log is read by the coordinator, who must not see the content.
      await this.audit.record(manager, user, {
        action: 'review_self_assessment.saved',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId, fields: changed },
      });
    });
    const view = await this.view(this.dataSource.manager, (await this.access.findContent(user, reviewId)).review);
    const saved = view.entries.find((entry) => entry.criterionId === criterionId);
    if (!saved) throw new NotFoundException(CRITERION_NOT_FOUND);
    return saved;
  }

  async uploadEvidence(user: SessionUser, reviewId: string, criterionId: string, upload: UploadedDocument): Promise<EvidenceFileView> {
    return this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForWriting(manager, user, reviewId);
      await requireCriterion(manager, review, criterionId);
      const count = await manager.countBy(EvidenceFile, { reviewId, criterionId });
      if (count >= EVIDENCE_FILES_PER_CRITERION_MAX) {
        throw new ConflictException(`A criterion can have up to ${EVIDENCE_FILES_PER_CRITERION_MAX} evidence documents. Remove one before adding another.`);
      }
      const file = await this.files.save(manager, user, upload);
      const evidence = await manager.save(manager.create(EvidenceFile, { reviewId, criterionId, fileId: file.id }));
      await this.audit.record(manager, user, {
        action: 'review_evidence.added',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId, evidenceId: evidence.id, sizeBytes: file.sizeBytes, sha256: file.sha256 },
      });
      return { id: evidence.id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, uploadedAt: file.createdAt.toISOString() };
    });
  }

  /** Only to those who may see the review's content; 404 to everyone else, the coordinator included. */
  async downloadEvidence(user: SessionUser, reviewId: string, evidenceId: string, response: Response): Promise<void> {
    await this.access.findContent(user, reviewId);
    const evidence = await this.dataSource.getRepository(EvidenceFile).findOneBy({ id: evidenceId, reviewId });
    if (!evidence) throw new NotFoundException(EVIDENCE_NOT_FOUND);
    await this.files.send(response, evidence.fileId);
  }

  async removeEvidence(user: SessionUser, reviewId: string, evidenceId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForWriting(manager, user, reviewId);
      const evidence = await manager.findOneBy(EvidenceFile, { id: evidenceId, reviewId });
      if (!evidence) throw new NotFoundException(EVIDENCE_NOT_FOUND);
      await manager.delete(EvidenceFile, evidence.id);
      await this.files.remove(manager, evidence.fileId);
      await this.audit.record(manager, user, {
        action: 'review_evidence.removed',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { criterionId: evidence.criterionId, evidenceId: evidence.id },
      });
    });
  }

  private async lockForWriting(manager: EntityManager, user: SessionUser, reviewId: string): Promise<ContentAccess> {
    const access = await this.access.findContent(user, reviewId, manager, true);
    if (!isReviewedTrustCeo(user, access)) throw new ForbiddenException('Only the chief executive of the reviewed trust can write the self-assessment.');
    if (access.review.stage === 'planning') throw new ConflictException('The self-assessment has not started yet.');
    if (access.review.stage !== 'self_assessment') throw new ConflictException('The self-assessment has been submitted and is locked.');
    return access;
  }

  private async view(manager: EntityManager, review: Review): Promise<SelfAssessmentView> {
    const criteria: { id: string }[] = await manager.query(
      `SELECT c.id FROM review_framework_criteria c JOIN review_framework_areas a ON a.id = c."areaId" WHERE c."frameworkId" = $1 ORDER BY a.position, c.position`,
      [review.frameworkId],
    );
    const entries = await manager.find(SelfAssessmentEntry, { where: { reviewId: review.id } });
    const files: (Omit<EvidenceFileView, 'uploadedAt'> & { criterionId: string; uploadedAt: Date })[] = await manager.query(
      `SELECT e.id, e."criterionId", f."fileName", f."contentType", f."sizeBytes", f."createdAt" AS "uploadedAt"
         FROM review_evidence_files e JOIN stored_files f ON f.id = e."fileId"
        WHERE e."reviewId" = $1 ORDER BY f."createdAt", e.id`,
      [review.id],
    );
    const byCriterion = new Map(entries.map((entry) => [entry.criterionId, entry]));
    return {
      reviewId: review.id,
      submittedAt: review.selfAssessmentSubmittedAt?.toISOString() ?? null,
      ratedCount: entries.filter((entry) => entry.rating !== null).length,
      criterionCount: criteria.length,
      entries: criteria.map(({ id }) => {
        const entry = byCriterion.get(id);
        return {
          criterionId: id,
          rating: (entry?.rating ?? null) as ReviewRating | null,
          narrative: entry?.narrative ?? '',
          evidenceLinks: entry?.evidenceLinks ?? [],
          evidenceFiles: files
            .filter((file) => file.criterionId === id)
            .map((file) => ({ id: file.id, fileName: file.fileName, contentType: file.contentType, sizeBytes: file.sizeBytes, uploadedAt: file.uploadedAt.toISOString() })),
          updatedAt: entry?.updatedAt.toISOString() ?? null,
        };
      }),
    };
  }
}

/** A criterion of the exact framework version the review uses. */
export async function requireCriterion(manager: EntityManager, review: Review, criterionId: string): Promise<void> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM review_framework_criteria WHERE id = $1 AND "frameworkId" = $2`, [criterionId, review.frameworkId]);
  if (!rows.length) throw new NotFoundException(CRITERION_NOT_FOUND);
}
