import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type {
  ApproveEnrolmentDto,
  ChangeMentorDto,
  EnrolEctDto,
  EnrolmentView,
  RequestToJoinDto,
  SessionUser,
  TransferEnrolmentDto,
  WithdrawEnrolmentDto,
} from '@alliance/contracts';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { User } from '../organisations/entities/user.entity';
import { ENROLMENT_NOT_FOUND, isApprover, isCohortManager, isEnroller } from './cohort-access';
import { CohortBookings } from './cohort-bookings';
import { ENROLMENT_VIEW_SQL, EnrolmentRow, toEnrolmentView } from './cohort-views';
import { CohortsService } from './cohorts.service';
import { CohortEnrolment } from './entities/cohort-enrolment.entity';
import { Cohort } from './entities/cohort.entity';

const ONE_ACTIVE_A_YEAR = 'UQ_cohort_enrolments_one_active_cohort_per_year';
const ONE_LIVE_PER_COHORT = 'UQ_cohort_enrolments_one_live_enrolment_per_cohort';

@Injectable()
export class EnrolmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly cohortBookings: CohortBookings,
    private readonly audit: AuditLog,
  ) {}

  /** Who sees which rows: managers and facilitators all of them, an organisation's leads their own ECTs', an ECT their own. */
  async list(user: SessionUser, cohortId: string): Promise<EnrolmentView[]> {
    const cohort = await this.cohorts.findVisible(user, cohortId);
    const everyone = isCohortManager(user, cohort) || (await this.cohorts.isFacilitator(user.id, cohortId));
    const rows: EnrolmentRow[] = await this.dataSource.query(
      `${ENROLMENT_VIEW_SQL}
        WHERE en."cohortId" = $1
          AND ($2::boolean OR en."ectUserId" = $3 OR en."mentorUserId" = $3 OR (en."organisationId" = $4 AND $5::boolean))
        ORDER BY en."createdAt", en.id`,
      [cohortId, everyone, user.id, user.organisationId, isEnroller(user)],
    );
    return rows.map(toEnrolmentView);
  }

  /** A CEO, headteacher or mentor enrols an ECT of their own organisation, naming a mentor there. */
  async enrol(user: SessionUser, cohortId: string, dto: EnrolEctDto): Promise<EnrolmentView> {
    await this.cohorts.findVisible(user, cohortId);
    if (!isEnroller(user)) throw new ForbiddenException('Only chief executives, headteachers and mentors can enrol early-career teachers.');
    const ect = await this.dataSource.getRepository(User).findOneBy({ id: dto.ectUserId });
    if (!ect || ect.organisationId !== user.organisationId) throw new ForbiddenException('You can only enrol early-career teachers from your own organisation.');
    if (!ect.roles.includes('ect')) throw new BadRequestException(`${ect.name} is not an early-career teacher.`);
    await this.requireMentor(ect, dto.mentorUserId);
    const id = await this.inTransaction(ect, async (manager) => {
      const cohort = await this.cohorts.lock(manager, cohortId);
      const live = await manager.findOneBy(CohortEnrolment, { cohortId, ectUserId: ect.id, status: 'active' });
      if (live) throw new ConflictException(`${ect.name} is already enrolled in this cohort.`);
      await this.requireFreePlace(manager, cohort, ect);
      const request = await manager.findOneBy(CohortEnrolment, { cohortId, ectUserId: ect.id, status: 'requested' });
      const activation = { status: 'active' as const, mentorUserId: dto.mentorUserId, activatedAt: new Date(), enrolledByUserId: user.id };
      const enrolment = request
        ? await manager.save(Object.assign(request, activation))
        : await manager.save(manager.create(CohortEnrolment, { cohortId, academicYear: cohort.academicYear, ectUserId: ect.id, organisationId: ect.organisationId, ...activation }));
      await this.audit.record(manager, user, {
        action: 'cohort_enrolment.created',
        entityType: 'cohort_enrolment',
        entityId: enrolment.id,
        allianceId: cohort.allianceId,
        changes: { cohortId, ectUserId: ect.id, mentorUserId: dto.mentorUserId, fromRequest: !!request },
      });
      if (cohort.sessionBooking === 'auto') await this.cohortBookings.bookFutureSessions(manager, user, cohortId, [ect.id]);
      return enrolment.id;
    });
    return this.view(id);
  }

  /** An ECT asks to join; a CEO or headteacher of their organisation approves (and names the mentor). */
  async request(user: SessionUser, cohortId: string, dto: RequestToJoinDto): Promise<EnrolmentView> {
    const cohort = await this.cohorts.findVisible(user, cohortId);
    if (!user.roles.includes('ect')) throw new ForbiddenException('Only early-career teachers can ask to join a cohort.');
    const ect = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
    const id = await this.inTransaction(ect, async (manager) => {
      const live = await manager.findOne(CohortEnrolment, { where: [{ cohortId, ectUserId: ect.id, status: 'active' }, { cohortId, ectUserId: ect.id, status: 'requested' }] });
      if (live) throw new ConflictException(live.status === 'active' ? 'You are already enrolled in this cohort.' : 'You have already asked to join this cohort.');
      await this.requireNoActiveCohortThatYear(manager, cohort, ect, true);
      const enrolment = await manager.save(
        manager.create(CohortEnrolment, {
          cohortId,
          academicYear: cohort.academicYear,
          ectUserId: ect.id,
          organisationId: ect.organisationId,
          status: 'requested',
          requestedAt: new Date(),
          requestNote: dto.note?.trim() || null,
        }),
      );
      await this.audit.record(manager, user, { action: 'cohort_enrolment.requested', entityType: 'cohort_enrolment', entityId: enrolment.id, allianceId: cohort.allianceId, changes: { cohortId } });
      return enrolment.id;
    });
    return this.view(id);
  }

  async approve(user: SessionUser, enrolmentId: string, dto: ApproveEnrolmentDto): Promise<EnrolmentView> {
    const { enrolment, ect } = await this.findForOrganisation(user, enrolmentId);
    if (!isApprover(user)) throw new ForbiddenException('Only your chief executive or a headteacher can approve a request to join a cohort.');
    await this.requireMentor(ect, dto.mentorUserId);
    await this.inTransaction(ect, async (manager) => {
      const cohort = await this.cohorts.lock(manager, enrolment.cohortId);
      const current = await manager.findOneByOrFail(CohortEnrolment, { id: enrolmentId });
      if (current.status !== 'requested') throw new ConflictException('This request has already been dealt with.');
      await this.requireFreePlace(manager, cohort, ect);
      await manager.update(CohortEnrolment, enrolmentId, { status: 'active', mentorUserId: dto.mentorUserId, activatedAt: new Date(), enrolledByUserId: user.id });
      await this.audit.record(manager, user, { action: 'cohort_enrolment.approved', entityType: 'cohort_enrolment', entityId: enrolmentId, allianceId: cohort.allianceId, changes: { mentorUserId: dto.mentorUserId } });
      if (cohort.sessionBooking === 'auto') await this.cohortBookings.bookFutureSessions(manager, user, cohort.id, [ect.id]);
    });
    return this.view(enrolmentId);
  }

  /** Ends a request or an enrolment, with a reason; the row stays as history and future places are given up. */
  async withdraw(user: SessionUser, enrolmentId: string, dto: WithdrawEnrolmentDto): Promise<EnrolmentView> {
    const enrolment = await this.dataSource.getRepository(CohortEnrolment).findOneBy({ id: enrolmentId });
    if (!enrolment) throw new NotFoundException(ENROLMENT_NOT_FOUND);
    const cohort = await this.cohorts.findVisible(user, enrolment.cohortId);
    const ownOrganisation = enrolment.organisationId === user.organisationId;
    const allowed = enrolment.ectUserId === user.id || (ownOrganisation && isEnroller(user)) || isCohortManager(user, cohort);
    if (!allowed) {
      if (!ownOrganisation) throw new NotFoundException(ENROLMENT_NOT_FOUND);
      throw new ForbiddenException('Only the early-career teacher, their chief executive, headteacher or mentor, or the cohort’s coordinator can withdraw them.');
    }
    await this.dataSource.transaction(async (manager) => {
      await this.cohorts.lock(manager, cohort.id);
      const current = await manager.findOneByOrFail(CohortEnrolment, { id: enrolmentId });
      if (current.status !== 'active' && current.status !== 'requested') throw new ConflictException('This enrolment has already ended.');
      await manager.update(CohortEnrolment, enrolmentId, { status: 'withdrawn', withdrawnAt: new Date(), withdrawalReason: dto.reason.trim(), withdrawnByUserId: user.id });
      if (current.status === 'active') await this.cohortBookings.cancelFutureBookings(manager, user, cohort.id, current.ectUserId);
      await this.audit.record(manager, user, { action: 'cohort_enrolment.withdrawn', entityType: 'cohort_enrolment', entityId: enrolmentId, allianceId: cohort.allianceId, changes: { was: current.status, reason: dto.reason.trim() } });
    });
    return this.view(enrolmentId);
  }

  /** Closes the enrolment as transferred and opens one in the other cohort that points back to it. */
  async transfer(user: SessionUser, enrolmentId: string, dto: TransferEnrolmentDto): Promise<EnrolmentView> {
    const { enrolment, ect } = await this.findForOrganisation(user, enrolmentId);
    if (!isEnroller(user)) throw new ForbiddenException('Only chief executives, headteachers and mentors can transfer early-career teachers.');
    if (dto.cohortId === enrolment.cohortId) throw new BadRequestException('Choose a different cohort to transfer to.');
    await this.cohorts.findVisible(user, dto.cohortId);
    const mentorUserId = dto.mentorUserId ?? enrolment.mentorUserId;
    if (!mentorUserId) throw new BadRequestException('Choose the early-career teacher’s mentor.');
    await this.requireMentor(ect, mentorUserId);
    const id = await this.inTransaction(ect, async (manager) => {
      // Both row locks, always in the same order, so two opposite transfers cannot deadlock.
      const [first, second] = [enrolment.cohortId, dto.cohortId].sort();
      const lockedFirst = await this.cohorts.lock(manager, first);
      const lockedSecond = await this.cohorts.lock(manager, second);
      const [from, to] = lockedFirst.id === enrolment.cohortId ? [lockedFirst, lockedSecond] : [lockedSecond, lockedFirst];
      const current = await manager.findOneByOrFail(CohortEnrolment, { id: enrolmentId });
      if (current.status !== 'active') throw new ConflictException('Only an active enrolment can be transferred.');
      const there = await manager.findOne(CohortEnrolment, { where: [{ cohortId: to.id, ectUserId: ect.id, status: 'active' }, { cohortId: to.id, ectUserId: ect.id, status: 'requested' }] });
      if (there) throw new ConflictException(`${ect.name} already has ${there.status === 'active' ? 'a place in' : 'a request to join'} that cohort.`);
      const now = new Date();
      await manager.update(CohortEnrolment, enrolmentId, { status: 'transferred', transferredAt: now, transferReason: dto.reason.trim(), transferredToCohortId: to.id });
      await this.requireFreePlace(manager, to, ect);
      const opened = await manager.save(
        manager.create(CohortEnrolment, {
          cohortId: to.id,
          academicYear: to.academicYear,
          ectUserId: ect.id,
          organisationId: ect.organisationId,
          mentorUserId,
          status: 'active',
          activatedAt: now,
          enrolledByUserId: user.id,
          transferredFromEnrolmentId: enrolmentId,
        }),
      );
      await this.cohortBookings.cancelFutureBookings(manager, user, from.id, ect.id);
      if (to.sessionBooking === 'auto') await this.cohortBookings.bookFutureSessions(manager, user, to.id, [ect.id]);
      await this.audit.record(manager, user, {
        action: 'cohort_enrolment.transferred',
        entityType: 'cohort_enrolment',
        entityId: enrolmentId,
        allianceId: from.allianceId,
        changes: { toCohortId: to.id, newEnrolmentId: opened.id, reason: dto.reason.trim() },
      });
      return opened.id;
    });
    return this.view(id);
  }

  /**
   * Hands an active enrolment to another mentor of the ECT's organisation. Attendance and shared reflections
   * follow the enrolment's mentor, so from the commit the new mentor sees them and the old one no longer does.
   */
  async changeMentor(user: SessionUser, enrolmentId: string, dto: ChangeMentorDto): Promise<EnrolmentView> {
    const enrolment = await this.dataSource.getRepository(CohortEnrolment).findOneBy({ id: enrolmentId });
    if (!enrolment) throw new NotFoundException(ENROLMENT_NOT_FOUND);
    // The same answer as for an id that does not exist: the message must not tell that it names a cohort elsewhere.
    const cohort = await this.cohorts.findVisible(user, enrolment.cohortId).catch((error: unknown) => {
      throw error instanceof NotFoundException ? new NotFoundException(ENROLMENT_NOT_FOUND) : error;
    });
    const ownOrganisation = enrolment.organisationId === user.organisationId;
    if (!ownOrganisation || !isEnroller(user)) {
      // As for withdrawals: people who can see the enrolment learn why they may not change it; another trust's people do not learn it exists.
      const seesEnrolment = ownOrganisation || isCohortManager(user, cohort) || (await this.cohorts.isFacilitator(user.id, cohort.id));
      if (!seesEnrolment) throw new NotFoundException(ENROLMENT_NOT_FOUND);
      throw new ForbiddenException('Only the early-career teacher’s chief executive, headteacher or a mentor at their organisation can change their mentor.');
    }
    const ect = await this.dataSource.getRepository(User).findOneByOrFail({ id: enrolment.ectUserId });
    const mentor = await this.requireMentor(ect, dto.mentorUserId);
    if (!mentor.roles.includes('mentor')) throw new BadRequestException(`${mentor.name} does not have the mentor role. Choose one of ${ect.name}’s colleagues who is a mentor.`);
    await this.dataSource.transaction(async (manager) => {
      await this.cohorts.lock(manager, cohort.id);
      const current = await manager.findOneByOrFail(CohortEnrolment, { id: enrolmentId });
      if (current.status === 'requested') throw new ConflictException('This is still a request to join: name the mentor when you approve it.');
      if (current.status !== 'active') throw new ConflictException(`This enrolment has ended (${current.status}), so its mentor can no longer change.`);
      if (current.mentorUserId === mentor.id) return;
      await manager.update(CohortEnrolment, enrolmentId, { mentorUserId: mentor.id });
      await this.audit.record(manager, user, {
        action: 'cohort_enrolment.mentor_changed',
        entityType: 'cohort_enrolment',
        entityId: enrolmentId,
        allianceId: cohort.allianceId,
        changes: { mentorUserId: { from: current.mentorUserId, to: mentor.id } },
      });
    });
    return this.view(enrolmentId);
  }

  private async view(enrolmentId: string): Promise<EnrolmentView> {
    const [row]: EnrolmentRow[] = await this.dataSource.query(`${ENROLMENT_VIEW_SQL} WHERE en.id = $1`, [enrolmentId]);
    return toEnrolmentView(row);
  }

  /** An enrolment of the person's own organisation, in a cohort they can see; anyone else's is 404. */
  private async findForOrganisation(user: SessionUser, enrolmentId: string): Promise<{ enrolment: CohortEnrolment; ect: User }> {
    const enrolment = await this.dataSource.getRepository(CohortEnrolment).findOneBy({ id: enrolmentId });
    if (!enrolment || enrolment.organisationId !== user.organisationId) throw new NotFoundException(ENROLMENT_NOT_FOUND);
    await this.cohorts.findVisible(user, enrolment.cohortId);
    const ect = await this.dataSource.getRepository(User).findOneByOrFail({ id: enrolment.ectUserId });
    return { enrolment, ect };
  }

  private async requireMentor(ect: User, mentorUserId: string): Promise<User> {
    if (mentorUserId === ect.id) throw new BadRequestException('An early-career teacher cannot be their own mentor.');
    const mentor = await this.dataSource.getRepository(User).findOneBy({ id: mentorUserId });
    if (!mentor || mentor.organisationId !== ect.organisationId) throw new BadRequestException(`The mentor must be a colleague of ${ect.name} in the same organisation.`);
    return mentor;
  }

  /** Under the cohort's row lock: a place is free, and the ECT has no other active cohort that academic year. */
  private async requireFreePlace(manager: EntityManager, cohort: Cohort, ect: User): Promise<void> {
    await this.requireNoActiveCohortThatYear(manager, cohort, ect, false);
    const [{ active }] = await manager.query(`SELECT count(*)::int AS active FROM cohort_enrolments WHERE "cohortId" = $1 AND status = 'active'`, [cohort.id]);
    if (active >= cohort.capacity) throw new ConflictException(`This cohort is full: all ${cohort.capacity} places are taken.`);
  }

  private async requireNoActiveCohortThatYear(manager: EntityManager, cohort: Cohort, ect: User, forSelf: boolean): Promise<void> {
    const [other]: { name: string }[] = await manager.query(
      `SELECT c.name FROM cohort_enrolments en JOIN cohorts c ON c.id = en."cohortId"
        WHERE en."ectUserId" = $1 AND en."academicYear" = $2 AND en.status = 'active' LIMIT 1`,
      [ect.id, cohort.academicYear],
    );
    if (other) throw new ConflictException(oneCohortAYear(forSelf ? null : ect.name, cohort.academicYear, other.name));
  }

  /**
   * Runs the change in a transaction and turns a race lost at the unique indexes into the same 409 the
   * checks give: two enrolments of one ECT into different cohorts hold different cohort locks, so the
   * partial unique index is what finally keeps one active cohort a year.
   */
  private async inTransaction<T>(ect: User, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      const constraint = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (constraint === ONE_ACTIVE_A_YEAR) throw new ConflictException(`${ect.name} is already in an active cohort for that academic year. Withdraw or transfer them first.`);
      if (constraint === ONE_LIVE_PER_COHORT) throw new ConflictException(`${ect.name} already has a place in, or a request to join, this cohort.`);
      throw error;
    }
  }
}

function oneCohortAYear(name: string | null, academicYear: string, otherCohort: string): string {
  return name
    ? `${name} is already in an active cohort for ${academicYear} (${otherCohort}). An early-career teacher can be in one cohort a year: withdraw or transfer them first.`
    : `You are already in an active cohort for ${academicYear} (${otherCohort}). An early-career teacher can be in one cohort a year.`;
}
