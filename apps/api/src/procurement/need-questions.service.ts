import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AnswerQuestionDto, AskQuestionDto, NeedQuestionView, PinQuestionDto, SessionUser } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { NeedQuestion } from './entities/need-question.entity';
import { QUESTION_NOT_FOUND } from './procurement-access';
import { toQuestionView } from './procurement-views';
import { ProcurementService } from './procurement.service';

/** The public Q&A on a need: any member who can see it asks; the posting organisation answers and pins. */
@Injectable()
export class NeedQuestionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: ProcurementService,
    private readonly audit: AuditLog,
  ) {}

  async list(user: SessionUser, needId: string): Promise<NeedQuestionView[]> {
    await this.needs.findVisible(user, needId);
    const questions = await this.dataSource.getRepository(NeedQuestion).find({ where: { needId }, order: { pinned: 'DESC', createdAt: 'ASC', id: 'ASC' } });
    return questions.map((question) => toQuestionView(user, question));
  }

  async ask(user: SessionUser, needId: string, dto: AskQuestionDto): Promise<NeedQuestionView> {
    const need = await this.needs.findVisible(user, needId);
    if (need.status !== 'open') throw new ConflictException(`This need is ${need.status}, so it is not taking questions.`);
    const question = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(NeedQuestion, { needId, askedByUserId: user.id, askedByOrganisationId: requireOrganisationId(user), question: dto.question.trim() }),
      );
      await this.audit.record(manager, user, { action: 'procurement_question.asked', entityType: 'procurement_question', entityId: saved.id, allianceId: need.allianceId, changes: { needId } });
      return saved;
    });
    return toQuestionView(user, question);
  }

  async answer(user: SessionUser, questionId: string, dto: AnswerQuestionDto): Promise<NeedQuestionView> {
    const question = await this.dataSource.transaction(async (manager) => {
      const found = await this.findForOwner(user, questionId);
      const answer = dto.answer.trim();
      const changes = { answer: { from: found.question.answer, to: answer } };
      await manager.update(NeedQuestion, found.question.id, { answer, answeredByUserId: user.id, answeredAt: new Date() });
      await this.audit.record(manager, user, { action: 'procurement_question.answered', entityType: 'procurement_question', entityId: found.question.id, allianceId: found.allianceId, changes });
      return manager.findOneByOrFail(NeedQuestion, { id: found.question.id });
    });
    return toQuestionView(user, question);
  }

  async pin(user: SessionUser, questionId: string, dto: PinQuestionDto): Promise<NeedQuestionView> {
    const pinned = dto.pinned ?? true;
    const question = await this.dataSource.transaction(async (manager) => {
      const found = await this.findForOwner(user, questionId);
      if (found.question.pinned !== pinned) {
        await manager.update(NeedQuestion, found.question.id, { pinned });
        await this.audit.record(manager, user, {
          action: pinned ? 'procurement_question.pinned' : 'procurement_question.unpinned',
          entityType: 'procurement_question',
          entityId: found.question.id,
          allianceId: found.allianceId,
        });
      }
      return manager.findOneByOrFail(NeedQuestion, { id: found.question.id });
    });
    return toQuestionView(user, question);
  }

  /** The question if its need is visible (404 otherwise) and the person is its owner (403 otherwise). */
  private async findForOwner(user: SessionUser, questionId: string): Promise<{ question: NeedQuestion; allianceId: string }> {
    const question = await this.dataSource.getRepository(NeedQuestion).findOneBy({ id: questionId });
    if (!question) throw new NotFoundException(QUESTION_NOT_FOUND);
    const need = await this.needs.findVisible(user, question.needId).catch(() => {
      throw new NotFoundException(QUESTION_NOT_FOUND);
    });
    this.needs.requireOwner(user, need);
    return { question, allianceId: need.allianceId };
  }
}
