import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import {
  CLOSING_SOON_DAYS,
  CreateNeedDto,
  ExpressInterestDto,
  InterestView,
  MoveNeedDto,
  NEED_TRANSITIONS,
  NeedDetail,
  NeedInterests,
  NeedListQueryDto,
  NeedSchoolView,
  NeedSummary,
  Page,
  SessionUser,
  UpdateNeedDto,
} from '@alliance/contracts';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditLog, diff } from '../audit/audit-log.service';
import { AllianceAccess, requireOrganisationId } from '../core/tenancy/alliance-access.service';
import { Organisation } from '../organisations/entities/organisation.entity';
import { NeedInterest } from './entities/need-interest.entity';
import { needAttachmentViews } from './need-attachment-views';
import { NeedNotifications } from './need-notifications';
import { ownSchools } from './own-schools';
import { NeedSchool } from './entities/need-school.entity';
import { ProcurementNeed } from './entities/procurement-need.entity';
import { isOwnerOf, mayActForOrganisation, NEED_NOT_FOUND } from './procurement-access';
import { isRealDate, todayInLondon } from '../core/calendar-dates';
import { InterestCounts, toInterestView, toNeedDetail, toNeedSummary } from './procurement-views';

@Injectable()
export class ProcurementService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly audit: AuditLog,
    private readonly notifications: NeedNotifications,
  ) {}

  async list(user: SessionUser, query: NeedListQueryDto): Promise<Page<NeedSummary>> {
    const organisationId = requireOrganisationId(user);
    const allianceIds = (await this.access.activeAllianceIds(user)).filter((id) => !query.allianceId || id === query.allianceId);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    if (!allianceIds.length) return empty;
    const builder = this.dataSource
      .getRepository(ProcurementNeed)
      .createQueryBuilder('need')
      .leftJoinAndSelect('need.organisation', 'organisation')
      .where('need.allianceId IN (:...allianceIds)', { allianceIds })
      // Drafts are the posting organisation's alone.
      .andWhere(`(need.status <> 'draft' OR need.organisationId = :organisationId)`, { organisationId });
    if (query.category) builder.andWhere('need.category = :category', { category: query.category });
    if (query.status) builder.andWhere('need.status = :status', { status: query.status });
    if (query.closingSoon) {
      const today = todayInLondon();
      builder.andWhere(`need.status = 'open' AND need.closingDate >= :today AND need.closingDate <= (:today::date + :days::int)`, { today, days: CLOSING_SOON_DAYS });
    }
    const search = query.search?.trim();
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.andWhere(new Brackets((where) => where.where('need.title ILIKE :pattern', { pattern }).orWhere('need.description ILIKE :pattern', { pattern })));
    }
    if (query.minValuePence !== undefined) builder.andWhere('need.estimatedAnnualValuePence >= :minValuePence', { minValuePence: query.minValuePence });
    if (query.sort === 'value') builder.orderBy('need.estimatedAnnualValuePence', 'DESC').addOrderBy('need.closingDate', 'ASC');
    else if (query.sort === 'newest') builder.orderBy('need.createdAt', 'DESC');
    else builder.orderBy('need.closingDate', 'ASC');
    const [needs, total] = await builder
      .addOrderBy('need.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    const ids = needs.map((need) => need.id);
    const counts = await this.interestCounts(this.dataSource.manager, ids);
    const mine = new Set(
      ids.length
        ? ((await this.dataSource.query(`SELECT "needId" FROM interests WHERE "organisationId" = $1 AND "needId" = ANY($2::uuid[])`, [organisationId, ids])) as { needId: string }[]).map(
            (row) => row.needId,
          )
        : [],
    );
    return {
      items: needs.map((need) => toNeedSummary(user, need, need.organisation?.name ?? '', counts.get(need.id), mine.has(need.id))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async detail(user: SessionUser, needId: string): Promise<NeedDetail> {
    const need = await this.findVisible(user, needId);
    const manager = this.dataSource.manager;
    const organisation = await manager.getRepository(Organisation).findOneByOrFail({ id: need.organisationId });
    const schools: NeedSchoolView[] = await manager.query(
      `SELECT s.id, s.urn, s.name FROM need_schools ns JOIN schools s ON s.id = ns."schoolId" WHERE ns."needId" = $1 ORDER BY s.name, s.id`,
      [need.id],
    );
    const counts = await this.interestCounts(manager, [need.id]);
    const interest = await manager.findOneBy(NeedInterest, { needId: need.id, organisationId: requireOrganisationId(user) });
    const myInterest = interest ? (await this.interestViews(manager, [interest]))[0] : null;
    const attachments = await needAttachmentViews(manager, need.id);
    return toNeedDetail(user, need, organisation.name, counts.get(need.id), schools, myInterest, attachments);
  }

  async create(user: SessionUser, dto: CreateNeedDto): Promise<NeedDetail> {
    const organisationId = requireOrganisationId(user);
    await this.access.requireActiveMember(user, dto.allianceId);
    if (!mayActForOrganisation(user)) throw new ForbiddenException('Only business managers and chief executives can post a procurement need.');
    checkDates(dto.closingDate, dto.contractEndDate);
    if (dto.closingDate < todayInLondon()) throw new BadRequestException('The closing date must be today or in the future.');
    const need = await this.dataSource.transaction(async (manager) => {
      const schoolIds = await ownSchools(manager, organisationId, dto.schoolIds ?? []);
      const saved = await manager.save(
        manager.create(ProcurementNeed, {
          allianceId: dto.allianceId,
          organisationId,
          createdByUserId: user.id,
          title: dto.title.trim(),
          category: dto.category,
          description: dto.description.trim(),
          estimatedAnnualValuePence: dto.estimatedAnnualValuePence,
          contractEndDate: dto.contractEndDate ?? null,
          closingDate: dto.closingDate,
          status: dto.status ?? 'draft',
          routeToMarket: dto.routeToMarket ?? 'undecided',
          statusChangedAt: new Date(),
        }),
      );
      await this.replaceSchools(manager, saved.id, schoolIds);
      await this.audit.record(manager, user, {
        action: 'procurement_need.created',
        entityType: 'procurement_need',
        entityId: saved.id,
        allianceId: saved.allianceId,
        changes: { title: saved.title, status: saved.status, estimatedAnnualValuePence: saved.estimatedAnnualValuePence, schoolIds },
      });
      if (saved.status === 'open') await this.notifications.opened(manager, saved);
      return saved;
    });
    return this.detail(user, need.id);
  }

  async update(user: SessionUser, needId: string, dto: UpdateNeedDto): Promise<NeedDetail> {
    await this.findVisible(user, needId);
    await this.dataSource.transaction(async (manager) => {
      const need = await this.lockForOwner(manager, user, needId);
      if (need.status !== 'draft' && need.status !== 'open') throw new ConflictException(`This need is ${need.status} and can no longer be changed.`);
      const closingDate = dto.closingDate ?? need.closingDate;
      checkDates(closingDate, dto.contractEndDate);
      if (dto.closingDate && dto.closingDate !== need.closingDate && dto.closingDate < todayInLondon()) {
        throw new BadRequestException('The closing date must be today or in the future.');
      }
      const changes: Record<string, unknown> = diff(need, {
        title: dto.title?.trim(),
        category: dto.category,
        description: dto.description?.trim(),
        estimatedAnnualValuePence: dto.estimatedAnnualValuePence,
        contractEndDate: dto.contractEndDate,
        closingDate: dto.closingDate,
        routeToMarket: dto.routeToMarket,
      });
      if (Object.keys(changes).length) {
        Object.assign(need, Object.fromEntries(Object.entries(changes).map(([field, change]) => [field, (change as { to: unknown }).to])));
        await manager.save(need);
      }
      if (dto.schoolIds) {
        const schoolIds = await ownSchools(manager, need.organisationId, dto.schoolIds);
        const before: { schoolId: string }[] = await manager.query(`SELECT "schoolId" FROM need_schools WHERE "needId" = $1 ORDER BY "schoolId"`, [need.id]);
        const from = before.map((row) => row.schoolId);
        const to = [...schoolIds].sort();
        if (JSON.stringify(from) !== JSON.stringify(to)) {
          await this.replaceSchools(manager, need.id, to);
          changes['schoolIds'] = { from, to };
        }
      }
      if (!Object.keys(changes).length) return;
      await this.audit.record(manager, user, { action: 'procurement_need.updated', entityType: 'procurement_need', entityId: need.id, allianceId: need.allianceId, changes });
    });
    return this.detail(user, needId);
  }

  async move(user: SessionUser, needId: string, dto: MoveNeedDto): Promise<NeedDetail> {
    await this.findVisible(user, needId);
    await this.dataSource.transaction(async (manager) => {
      const need = await this.lockForOwner(manager, user, needId);
      const allowed = NEED_TRANSITIONS[need.status];
      if (!allowed.includes(dto.status)) {
        throw new ConflictException(
          allowed.length
            ? `A need only moves forward: from ${need.status} it can move to ${allowed.join(' or ')}.`
            : `This need is ${need.status} and its status can no longer change.`,
        );
      }
      if (dto.status === 'open' && need.closingDate < todayInLondon()) throw new ConflictException('The closing date has passed. Change it to today or later before opening the need.');
      const from = need.status;
      need.status = dto.status;
      need.statusChangedAt = new Date();
      const changes: Record<string, unknown> = { status: { from, to: dto.status } };
      if (dto.status === 'awarded') {
        // MoveNeedDto requires every award field when the status is awarded.
        const { supplier = '', contractStartDate = '', contractLengthMonths = 0, savingPence = 0, savingMethod = '' } = dto;
        if (!isRealDate(contractStartDate)) throw new BadRequestException('Enter the contract start date, like 2027-09-01');
        need.awardedSupplier = supplier.trim();
        need.contractStartDate = contractStartDate;
        need.contractLengthMonths = contractLengthMonths;
        need.savingPence = savingPence;
        need.savingMethod = savingMethod.trim();
        Object.assign(changes, {
          supplier: need.awardedSupplier,
          contractStartDate: need.contractStartDate,
          contractLengthMonths: need.contractLengthMonths,
          savingPence: need.savingPence,
          savingMethod: need.savingMethod,
        });
      }
      await manager.save(need);
      await this.audit.record(manager, user, { action: `procurement_need.${dto.status}`, entityType: 'procurement_need', entityId: need.id, allianceId: need.allianceId, changes });
      if (need.status === 'open') await this.notifications.opened(manager, need);
      else await this.notifications.moved(manager, need);
    });
    return this.detail(user, needId);
  }

  async expressInterest(user: SessionUser, needId: string, dto: ExpressInterestDto): Promise<InterestView> {
    const organisationId = requireOrganisationId(user);
    await this.findVisible(user, needId);
    if (!mayActForOrganisation(user)) throw new ForbiddenException('Only business managers and chief executives can express interest for their organisation.');
    const interest = await this.dataSource.transaction(async (manager) => {
      // The need's row lock orders interests against the owner closing it.
      const need = await manager.findOneOrFail(ProcurementNeed, { where: { id: needId }, lock: { mode: 'pessimistic_read' } });
      if (need.organisationId === organisationId) throw new ConflictException('Your organisation posted this need, so it cannot express interest in it.');
      this.requireOpenForInterest(need);
      const schoolIds = await ownSchools(manager, organisationId, dto.schoolIds ?? []);
      const existing = await manager.findOne(NeedInterest, { where: { needId, organisationId }, lock: { mode: 'pessimistic_write' } });
      const values = {
        schoolIds: dto.schoolIds !== undefined ? schoolIds : (existing?.schoolIds ?? []),
        estimatedValuePence: dto.estimatedValuePence !== undefined ? dto.estimatedValuePence : (existing?.estimatedValuePence ?? null),
        // Value and notes are nullable: null clears them, as empty notes do.
        notes: dto.notes !== undefined ? dto.notes?.trim() || null : (existing?.notes ?? null),
      };
      if (existing) {
        const changes = diff(existing, values);
        Object.assign(existing, values, { expressedByUserId: user.id });
        const saved = await manager.save(existing);
        if (Object.keys(changes).length) {
          await this.audit.record(manager, user, { action: 'procurement_interest.updated', entityType: 'procurement_interest', entityId: saved.id, allianceId: need.allianceId, changes });
        }
        return saved;
      }
      const saved = await manager.save(manager.create(NeedInterest, { needId, organisationId, expressedByUserId: user.id, ...values }));
      await this.audit.record(manager, user, {
        action: 'procurement_interest.expressed',
        entityType: 'procurement_interest',
        entityId: saved.id,
        allianceId: need.allianceId,
        changes: { needId, ...values },
      });
      return saved;
    });
    return (await this.interestViews(this.dataSource.manager, [interest]))[0];
  }

  async withdrawInterest(user: SessionUser, needId: string): Promise<void> {
    const organisationId = requireOrganisationId(user);
    await this.findVisible(user, needId);
    if (!mayActForOrganisation(user)) throw new ForbiddenException('Only business managers and chief executives can withdraw their organisation’s interest.');
    await this.dataSource.transaction(async (manager) => {
      const need = await manager.findOneOrFail(ProcurementNeed, { where: { id: needId }, lock: { mode: 'pessimistic_read' } });
      const interest = await manager.findOne(NeedInterest, { where: { needId, organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!interest) throw new NotFoundException('Your organisation has not expressed interest in this need.');
      if (need.status !== 'open') throw new ConflictException(`This need is ${need.status}, so interest can no longer be withdrawn.`);
      await manager.delete(NeedInterest, interest.id);
      await this.audit.record(manager, user, {
        action: 'procurement_interest.withdrawn',
        entityType: 'procurement_interest',
        entityId: interest.id,
        allianceId: need.allianceId,
        changes: { needId, schoolIds: interest.schoolIds, estimatedValuePence: interest.estimatedValuePence },
      });
    });
  }

  /** Who is interested, for the posting organisation only. */
  async interests(user: SessionUser, needId: string): Promise<NeedInterests> {
    const need = await this.findVisible(user, needId);
    if (user.organisationId !== need.organisationId) throw new ForbiddenException('Only the organisation that posted this need can see who is interested.');
    const manager = this.dataSource.manager;
    const interests = await manager.find(NeedInterest, { where: { needId }, order: { createdAt: 'ASC', id: 'ASC' } });
    const items = await this.interestViews(manager, interests);
    const [totals]: { organisations: number; schools: number; pence: string }[] = await manager.query(
      `SELECT count(*)::int AS organisations, coalesce(sum(cardinality("schoolIds")), 0)::int AS schools, coalesce(sum("estimatedValuePence"), 0)::text AS pence
         FROM interests WHERE "needId" = $1`,
      [needId],
    );
    return { items, interestedOrganisationCount: totals.organisations, interestedSchoolCount: totals.schools, totalEstimatedValuePence: Number(totals.pence) };
  }

  /** The need if the person's organisation is an active member of its alliance (drafts: the posting organisation only); otherwise 404. */
  async findVisible(user: SessionUser, needId: string, manager: EntityManager = this.dataSource.manager): Promise<ProcurementNeed> {
    const organisationId = requireOrganisationId(user);
    const need = await manager
      .getRepository(ProcurementNeed)
      .createQueryBuilder('need')
      .innerJoin('alliance_memberships', 'membership', `membership."allianceId" = need."allianceId" AND membership.status = 'active' AND membership."organisationId" = :organisationId`, {
        organisationId,
      })
      .where('need.id = :needId', { needId })
      .andWhere(`(need.status <> 'draft' OR need.organisationId = :organisationId)`, { organisationId })
      .getOne();
    if (!need) throw new NotFoundException(NEED_NOT_FOUND);
    return need;
  }

  requireOwner(user: SessionUser, need: ProcurementNeed): void {
    if (!isOwnerOf(user, need)) throw new ForbiddenException('Only the organisation that posted this need can do this.');
  }

  async lockForOwner(manager: EntityManager, user: SessionUser, needId: string): Promise<ProcurementNeed> {
    const need = await manager.findOneOrFail(ProcurementNeed, { where: { id: needId }, lock: { mode: 'pessimistic_write' } });
    this.requireOwner(user, need);
    return need;
  }

  private requireOpenForInterest(need: ProcurementNeed): void {
    if (need.status !== 'open') throw new ConflictException(`This need is ${need.status}, so it is not taking expressions of interest.`);
    if (need.closingDate < todayInLondon()) throw new ConflictException('The closing date for this need has passed.');
  }

  private async replaceSchools(manager: EntityManager, needId: string, schoolIds: string[]): Promise<void> {
    await manager.delete(NeedSchool, { needId });
    if (schoolIds.length) await manager.insert(NeedSchool, schoolIds.map((schoolId) => ({ needId, schoolId })));
  }

  private async interestCounts(manager: EntityManager, needIds: string[]): Promise<Map<string, InterestCounts>> {
    if (!needIds.length) return new Map();
    const rows: { needId: string; organisations: number; schools: number }[] = await manager.query(
      `SELECT "needId", count(*)::int AS organisations, coalesce(sum(cardinality("schoolIds")), 0)::int AS schools
         FROM interests WHERE "needId" = ANY($1::uuid[]) GROUP BY "needId"`,
      [needIds],
    );
    return new Map(rows.map((row) => [row.needId, { organisations: row.organisations, schools: row.schools }]));
  }

  private async interestViews(manager: EntityManager, interests: NeedInterest[]): Promise<InterestView[]> {
    if (!interests.length) return [];
    const organisationIds = [...new Set(interests.map((interest) => interest.organisationId))];
    const schoolIds = [...new Set(interests.flatMap((interest) => interest.schoolIds))];
    const organisations: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM organisations WHERE id = ANY($1::uuid[])`, [organisationIds]);
    const schools: NeedSchoolView[] = schoolIds.length ? await manager.query(`SELECT id, urn, name FROM schools WHERE id = ANY($1::uuid[])`, [schoolIds]) : [];
    const names = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
    const schoolsById = new Map(schools.map((school) => [school.id, school]));
    return interests.map((interest) => toInterestView(interest, names.get(interest.organisationId) ?? '', schoolsById));
  }
}

function checkDates(closingDate: string, contractEndDate: string | null | undefined): void {
  if (!isRealDate(closingDate)) throw new BadRequestException('The closing date must be a real date, like 2027-03-31');
  if (contractEndDate && !isRealDate(contractEndDate)) throw new BadRequestException('The contract end date must be a real date, like 2027-08-31');
}
