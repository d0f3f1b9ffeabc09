import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { ActionNoteView, AddActionNoteDto, CreateActionDto, ReviewActionView, SessionUser, UpdateActionDto } from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { isRealDate, todayInLondon } from '../core/calendar-dates';
import { ActionNote } from './entities/action-note.entity';
import { ReviewAction } from './entities/review-action.entity';
import type { Review } from './entities/review.entity';
import { ContentAccess, ReviewAccessService } from './review-access';

const ACTION_NOT_FOUND = 'We could not find that action.';

/**
 * The reviewed trust's action plan: its CEO adds actions in response to findings and follows them up with statuses
 * and progress notes; the trust's governors and the panel read it. It stays open until the review closes.
 */
@Injectable()
export class ActionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReviewAccessService,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, reviewId: string): Promise<ReviewActionView[]> {
    await this.access.findContent(user, reviewId);
    return actionViews(this.dataSource.manager, reviewId);
  }

  async create(user: SessionUser, reviewId: string, dto: CreateActionDto): Promise<ReviewActionView> {
    const actionId = await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForPlan(manager, user, reviewId);
      const finding: unknown[] = await manager.query(`SELECT 1 FROM review_findings WHERE id = $1 AND "reviewId" = $2`, [dto.findingId, review.id]);
      if (!finding.length) throw new BadRequestException('Choose a finding of this review for the action to respond to.');
      await requireOwner(manager, review, dto.ownerUserId);
      checkDueDate(dto.dueDate);
      const action = await manager.save(
        manager.create(ReviewAction, {
          reviewId: review.id,
          findingId: dto.findingId,
          title: dto.title.trim(),
          ownerUserId: dto.ownerUserId,
          dueDate: dto.dueDate,
          status: 'not_started',
          createdByUserId: user.id,
        }),
      );
      await this.audit.record(manager, user, {
        action: 'review_action.created',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { actionId: action.id, findingId: action.findingId, ownerUserId: action.ownerUserId, dueDate: action.dueDate },
      });
      return action.id;
    });
    return this.one(reviewId, actionId);
  }

  async update(user: SessionUser, reviewId: string, actionId: string, dto: UpdateActionDto): Promise<ReviewActionView> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForPlan(manager, user, reviewId);
      const action = await manager.findOneBy(ReviewAction, { id: actionId, reviewId: review.id });
      if (!action) throw new NotFoundException(ACTION_NOT_FOUND);
      if (dto.ownerUserId) await requireOwner(manager, review, dto.ownerUserId);
      if (dto.dueDate) checkDueDate(dto.dueDate);
      const changes = diff(action, { title: dto.title?.trim(), ownerUserId: dto.ownerUserId, dueDate: dto.dueDate, status: dto.status });
      if (!Object.keys(changes).length) return;
      Object.assign(action, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, change.to])));
      await manager.save(action);
      // The title is the trust's own words; the audit log keeps that it changed, not what it says.
      const audited = Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, field === 'title' ? 'changed' : change]));
      await this.audit.record(manager, user, {
        action: 'review_action.updated',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { actionId, ...audited },
      });
    });
    return this.one(reviewId, actionId);
  }

  async addNote(user: SessionUser, reviewId: string, actionId: string, dto: AddActionNoteDto): Promise<ReviewActionView> {
    await this.dataSource.transaction(async (manager) => {
      const { review } = await this.lockForPlan(manager, user, reviewId);
      const action = await manager.findOneBy(ReviewAction, { id: actionId, reviewId: review.id });
      if (!action) throw new NotFoundException(ACTION_NOT_FOUND);
      const note = await manager.save(manager.create(ActionNote, { actionId, note: dto.note.trim(), authorUserId: user.id }));
      await manager.update(ReviewAction, action.id, { updatedAt: () => 'now()' });
      await this.audit.record(manager, user, {
        action: 'review_action.note_added',
        entityType: 'review',
        entityId: review.id,
        allianceId: review.allianceId,
        changes: { actionId, noteId: note.id },
      });
    });
    return this.one(reviewId, actionId);
  }

  private async one(reviewId: string, actionId: string): Promise<ReviewActionView> {
    const action = (await actionViews(this.dataSource.manager, reviewId)).find((view) => view.id === actionId);
    if (!action) throw new NotFoundException(ACTION_NOT_FOUND);
    return action;
  }

  private async lockForPlan(manager: EntityManager, user: SessionUser, reviewId: string): Promise<ContentAccess> {
    const access = await this.access.findForReviewedCeo(user, reviewId, manager, 'change the action plan');
    if (access.review.stage === 'closed') throw new ConflictException('This review is closed and its action plan can no longer change.');
    if (access.review.stage !== 'action_plan') throw new ConflictException('The action plan opens once the panel has completed its findings.');
    return access;
  }
}

async function requireOwner(manager: EntityManager, review: Review, ownerUserId: string): Promise<void> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND "organisationId" = $2`, [ownerUserId, review.organisationId]);
  if (!rows.length) throw new BadRequestException('The owner of an action must be a person of the reviewed trust.');
}

function checkDueDate(dueDate: string): void {
  if (!isRealDate(dueDate)) throw new BadRequestException('The due date must be a real date, like 2027-07-31.');
}

async function actionViews(manager: EntityManager, reviewId: string): Promise<ReviewActionView[]> {
  const actions: (Omit<ReviewActionView, 'overdue' | 'notes' | 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date })[] = await manager.query(
    `SELECT a.id, a."findingId", f."criterionId", a.title, a."ownerUserId", u.name AS "ownerName", to_char(a."dueDate", 'YYYY-MM-DD') AS "dueDate",
            a.status, a."createdAt", a."updatedAt"
       FROM review_actions a
       JOIN review_findings f ON f.id = a."findingId"
       JOIN users u ON u.id = a."ownerUserId"
      WHERE a."reviewId" = $1
      ORDER BY a."dueDate", a."createdAt", a.id`,
    [reviewId],
  );
  const notes: (Omit<ActionNoteView, 'createdAt'> & { actionId: string; createdAt: Date })[] = actions.length
    ? await manager.query(
        `SELECT n.id, n."actionId", n.note, n."authorUserId", u.name AS "authorName", n."createdAt"
           FROM review_action_notes n LEFT JOIN users u ON u.id = n."authorUserId"
          WHERE n."actionId" = ANY($1::uuid[])
          ORDER BY n."createdAt", n.id`,
        [actions.map((action) => action.id)],
      )
    : [];
  const today = todayInLondon();
  return actions.map((action) => ({
    ...action,
    overdue: action.dueDate < today && action.status !== 'done' && action.status !== 'dropped',
    notes: notes
      .filter((note) => note.actionId === action.id)
      .map((note) => ({ id: note.id, note: note.note, authorUserId: note.authorUserId, authorName: note.authorName, createdAt: note.createdAt.toISOString() })),
    createdAt: action.createdAt.toISOString(),
    updatedAt: action.updatedAt.toISOString(),
  }));
}
