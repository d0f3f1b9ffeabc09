import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CopyFrameworkDto,
  FrameworkAreaView,
  FrameworkCriterionView,
  FrameworkDetail,
  FrameworkSummary,
  REVIEW_RATING_LABELS,
  SessionUser,
  UpdateFrameworkDto,
} from '@alliance/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { insertFrameworkContent } from './default-framework';
import { ReviewFramework } from './entities/review-framework.entity';

export const FRAMEWORK_NOT_FOUND = 'We could not find that review framework.';

/**
 * Frameworks: the platform's (allianceId null, read by everyone) and alliances' own copies (read by their members,
 * edited by their coordinator). A version that a review uses is never changed: saving it makes the next version.
 */
@Injectable()
export class FrameworksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
  ) {}

  /** The current version of every framework the person can use: the platform's, and their alliances' copies. */
  async list(user: SessionUser, allianceId?: string): Promise<FrameworkSummary[]> {
    const allianceIds = (await this.access.activeAllianceIds(user)).filter((id) => !allianceId || id === allianceId);
    const frameworks = await this.dataSource
      .getRepository(ReviewFramework)
      .createQueryBuilder('framework')
      .where('framework.isCurrent')
      .andWhere(allianceIds.length ? '(framework.allianceId IS NULL OR framework.allianceId IN (:...allianceIds))' : 'framework.allianceId IS NULL', { allianceIds })
      .orderBy('framework.allianceId', 'ASC', 'NULLS FIRST')
      .addOrderBy('framework.name', 'ASC')
      .addOrderBy('framework.id', 'ASC')
      .getMany();
    const inUse = await this.versionsInUse(this.dataSource.manager, frameworks.map((framework) => framework.id));
    return frameworks.map((framework) => toFrameworkSummary(framework, inUse.has(framework.id)));
  }

  /** Any version, current or not: a review shows the exact version it started with. */
  async detail(user: SessionUser, frameworkId: string, manager: EntityManager = this.dataSource.manager): Promise<FrameworkDetail> {
    const framework = await this.findReadable(user, frameworkId, manager);
    return this.toDetail(manager, framework);
  }

  async copy(user: SessionUser, dto: CopyFrameworkDto): Promise<FrameworkDetail> {
    await this.access.requireCoordinator(user, dto.allianceId);
    return this.dataSource.transaction(async (manager) => {
      const source = await this.findReadable(user, dto.sourceFrameworkId, manager);
      const content = await this.toDetail(manager, source);
      // A new family: its first version's id is also the family's id.
      const id = randomUUID();
      const copy = manager.create(ReviewFramework, {
        id,
        familyId: id,
        allianceId: dto.allianceId,
        name: dto.name?.trim() || `${source.name} (copy)`,
        description: source.description,
        version: 1,
        isCurrent: true,
        copiedFromId: source.id,
        createdByUserId: user.id,
      });
      const saved = await manager.save(copy);
      await insertFrameworkContent(manager, saved.id, content.areas);
      await this.audit.record(manager, user, {
        action: 'review_framework.copied',
        entityType: 'review_framework',
        entityId: saved.id,
        allianceId: dto.allianceId,
        changes: { copiedFromId: source.id, name: saved.name },
      });
      return this.toDetail(manager, saved);
    });
  }

  /**
   * Replaces a framework's name, description, areas, criteria and descriptors. A version no review uses is changed
   * in place; a version in use stays exactly as it is and the content becomes the family's next version.
   */
  async update(user: SessionUser, frameworkId: string, dto: UpdateFrameworkDto): Promise<FrameworkDetail> {
    return this.dataSource.transaction(async (manager) => {
      // Locked so that a review cannot start on this version while it is being changed in place.
      const framework = await manager.findOne(ReviewFramework, { where: { id: frameworkId }, lock: { mode: 'pessimistic_write' } });
      if (!framework) throw new NotFoundException(FRAMEWORK_NOT_FOUND);
      if (!framework.allianceId) throw new ForbiddenException('The platform’s frameworks cannot be changed. Copy one for your alliance and edit the copy.');
      await this.access.requireCoordinator(user, framework.allianceId, manager);
      if (!framework.isCurrent) throw new NotFoundException('That is an old version of the framework. Edit its current version instead.');
      const inUse = (await this.versionsInUse(manager, [framework.id])).has(framework.id);
      let target = framework;
      if (inUse) {
        framework.isCurrent = false;
        await manager.save(framework);
        target = await manager.save(
          manager.create(ReviewFramework, {
            familyId: framework.familyId,
            version: framework.version + 1,
            allianceId: framework.allianceId,
            name: dto.name.trim(),
            description: dto.description?.trim() ?? '',
            isCurrent: true,
            copiedFromId: framework.copiedFromId,
            createdByUserId: user.id,
          }),
        );
      } else {
        target.name = dto.name.trim();
        target.description = dto.description?.trim() ?? '';
        await manager.save(target);
        await manager.query(`DELETE FROM review_framework_criteria WHERE "frameworkId" = $1`, [target.id]);
        await manager.query(`DELETE FROM review_framework_areas WHERE "frameworkId" = $1`, [target.id]);
      }
      await insertFrameworkContent(manager, target.id, dto.areas);
      await this.audit.record(manager, user, {
        action: inUse ? 'review_framework.versioned' : 'review_framework.updated',
        entityType: 'review_framework',
        entityId: target.id,
        allianceId: framework.allianceId,
        changes: {
          familyId: target.familyId,
          version: target.version,
          ...(inUse ? { previousVersionId: framework.id } : {}),
          areas: dto.areas.length,
          criteria: dto.areas.reduce((total, area) => total + area.criteria.length, 0),
        },
      });
      return this.toDetail(manager, target);
    });
  }

  /** The platform's frameworks for everyone; an alliance's copy only for active members of that alliance. */
  async findReadable(user: SessionUser, frameworkId: string, manager: EntityManager = this.dataSource.manager): Promise<ReviewFramework> {
    const framework = await manager.findOneBy(ReviewFramework, { id: frameworkId });
    if (!framework) throw new NotFoundException(FRAMEWORK_NOT_FOUND);
    if (framework.allianceId && !(await this.access.isActiveMember(user, framework.allianceId, manager))) throw new NotFoundException(FRAMEWORK_NOT_FOUND);
    return framework;
  }

  async toDetail(manager: EntityManager, framework: ReviewFramework): Promise<FrameworkDetail> {
    const areas: Omit<FrameworkAreaView, 'criteria'>[] = await manager.query(
      `SELECT id, position, title, description FROM review_framework_areas WHERE "frameworkId" = $1 ORDER BY position`,
      [framework.id],
    );
    const criteria: (FrameworkCriterionView & { areaId: string })[] = await manager.query(
      `SELECT id, "areaId", position, title, descriptors FROM review_framework_criteria WHERE "frameworkId" = $1 ORDER BY position`,
      [framework.id],
    );
    const inUse = (await this.versionsInUse(manager, [framework.id])).has(framework.id);
    return {
      ...toFrameworkSummary(framework, inUse),
      areas: areas.map((area) => ({
        ...area,
        criteria: criteria.filter((criterion) => criterion.areaId === area.id).map(({ id, position, title, descriptors }) => ({ id, position, title, descriptors })),
      })),
      ratingLabels: REVIEW_RATING_LABELS,
    };
  }

  private async versionsInUse(manager: EntityManager, frameworkIds: string[]): Promise<Set<string>> {
    if (!frameworkIds.length) return new Set();
    const rows: { frameworkId: string }[] = await manager.query(`SELECT DISTINCT "frameworkId" FROM reviews WHERE "frameworkId" = ANY($1::uuid[])`, [frameworkIds]);
    return new Set(rows.map((row) => row.frameworkId));
  }
}

function toFrameworkSummary(framework: ReviewFramework, inUse: boolean): FrameworkSummary {
  return {
    id: framework.id,
    familyId: framework.familyId,
    version: framework.version,
    allianceId: framework.allianceId,
    name: framework.name,
    description: framework.description,
    isCurrent: framework.isCurrent,
    inUse,
    createdAt: framework.createdAt.toISOString(),
  };
}
