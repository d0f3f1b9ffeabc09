import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { CohortAttendance, CohortAttendanceView, MenteeView, MyInductionView, ReflectionView, SessionUser, WriteReflectionDto } from '@alliance/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log.service';
import { AllianceAccess } from '../core/tenancy/alliance-access.service';
import { isApprover, isCohortManager } from './cohort-access';
import { CohortSessionsService } from './cohort-sessions.service';
import { ENROLMENT_VIEW_SQL, EnrolmentRow, toEnrolmentView, toInductionSessionView } from './cohort-views';
import { CohortsService } from './cohorts.service';

interface ReflectionRow {
  sessionId: string;
  topic: string;
  sessionStartsAt: Date;
  text: string;
  sharedWithMentor: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const REFLECTION_SQL = `
  SELECT r."sessionId", e.title AS topic, e."startsAt" AS "sessionStartsAt", r.text, r."sharedWithMentor", r."createdAt", r."updatedAt"
    FROM cohort_session_reflections r JOIN events e ON e.id = r."sessionId"`;

function toReflectionView(row: ReflectionRow): ReflectionView {
  return { ...row, sessionStartsAt: row.sessionStartsAt.toISOString(), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

function rate(attended: number, marked: number): number | null {
  return marked ? Math.round((attended / marked) * 1000) / 1000 : null;
}

/** Attendance, reflections and the dashboards built on them: each reader sees only the records that are theirs to see. */
@Injectable()
export class CohortProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AllianceAccess,
    private readonly cohorts: CohortsService,
    private readonly sessions: CohortSessionsService,
    private readonly audit: AuditLog,
  ) {}

  /**
   * An ECT sees their own record; a mentor their mentees'; a CEO or headteacher their organisation's ECTs';
   * facilitators and managers everyone's. Nobody sees another trust's attendance otherwise.
   */
  async attendance(user: SessionUser, cohortId: string): Promise<CohortAttendanceView> {
    const cohort = await this.cohorts.findVisible(user, cohortId);
    const everyone = isCohortManager(user, cohort) || (await this.cohorts.isFacilitator(user.id, cohortId));
    const sessions: { id: string; topic: string; startsAt: Date }[] = await this.dataSource.query(
      `SELECT e.id, e.title AS topic, e."startsAt" FROM cohort_sessions s JOIN events e ON e.id = s."eventId"
        WHERE s."cohortId" = $1 AND e.status = 'scheduled' AND e."startsAt" <= now() ORDER BY e."startsAt", e.id`,
      [cohortId],
    );
    const people: { userId: string; name: string; organisationName: string }[] = await this.dataSource.query(
      `SELECT DISTINCT u.id AS "userId", u.name, o.name AS "organisationName"
         FROM cohort_enrolments en JOIN users u ON u.id = en."ectUserId" JOIN organisations o ON o.id = en."organisationId"
        WHERE en."cohortId" = $1 AND en.status <> 'requested'
          AND ($2::boolean OR en."ectUserId" = $3 OR en."mentorUserId" = $3 OR (en."organisationId" = $4 AND $5::boolean))
        ORDER BY o.name, u.name, u.id`,
      [cohortId, everyone, user.id, user.organisationId, isApprover(user)],
    );
    const records: { userId: string; sessionId: string; attendance: CohortAttendance; markedAt: Date }[] = people.length
      ? await this.dataSource.query(
          `SELECT a."userId", a."sessionId", a.attendance, a."updatedAt" AS "markedAt"
             FROM cohort_session_attendance a JOIN cohort_sessions s ON s."eventId" = a."sessionId"
            WHERE s."cohortId" = $1 AND a."userId" = ANY($2::uuid[])`,
          [cohortId, people.map((person) => person.userId)],
        )
      : [];
    return {
      sessions: sessions.map((session) => ({ id: session.id, topic: session.topic, startsAt: session.startsAt.toISOString() })),
      people: people.map((person) => {
        const mine = records.filter((record) => record.userId === person.userId);
        return {
          ...person,
          records: mine.map((record) => ({ sessionId: record.sessionId, attendance: record.attendance, markedAt: record.markedAt.toISOString() })),
          attendanceRate: rate(mine.filter((record) => record.attendance === 'attended').length, mine.length),
        };
      }),
    };
  }

  /** Once the session has started, an ECT of the cohort writes (or rewrites) a private reflection on it. */
  async writeReflection(user: SessionUser, sessionId: string, dto: WriteReflectionDto): Promise<ReflectionView> {
    const { event, cohort } = await this.sessions.findVisible(user, sessionId);
    const enrolled: unknown[] = await this.dataSource.query(`SELECT 1 FROM cohort_enrolments WHERE "cohortId" = $1 AND "ectUserId" = $2 AND status = 'active'`, [cohort.id, user.id]);
    if (!enrolled.length) throw new NotFoundException('Only early-career teachers enrolled in this cohort write reflections on its sessions.');
    if (event.startsAt > new Date()) throw new ConflictException('You can write a reflection once the session has started.');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO cohort_session_reflections ("sessionId", "userId", text, "sharedWithMentor") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("sessionId", "userId") DO UPDATE SET text = EXCLUDED.text, "sharedWithMentor" = EXCLUDED."sharedWithMentor", "updatedAt" = now()`,
        [sessionId, user.id, dto.text.trim(), dto.sharedWithMentor ?? false],
      );
      // No alliance and no text in the audit entry: a reflection is private to its writer.
      await this.audit.record(manager, user, { action: 'cohort_reflection.written', entityType: 'event', entityId: sessionId, allianceId: null, changes: { sharedWithMentor: dto.sharedWithMentor ?? false } });
    });
    return this.myReflection(user, sessionId);
  }

  async myReflection(user: SessionUser, sessionId: string): Promise<ReflectionView> {
    const [row]: ReflectionRow[] = await this.dataSource.query(`${REFLECTION_SQL} WHERE r."sessionId" = $1 AND r."userId" = $2`, [sessionId, user.id]);
    if (!row) throw new NotFoundException('You have not written a reflection on this session yet.');
    return toReflectionView(row);
  }

  /** Only the ECT's mentor (on a current enrolment in a cohort the mentor can see), and only what the ECT chose to share. */
  async menteeReflections(user: SessionUser, ectUserId: string): Promise<ReflectionView[]> {
    const allianceIds = await this.access.activeAllianceIds(user);
    const mentoring: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM cohort_enrolments en JOIN cohorts c ON c.id = en."cohortId"
        WHERE en."ectUserId" = $1 AND en."mentorUserId" = $2 AND en.status = 'active' AND c."allianceId" = ANY($3::uuid[])`,
      [ectUserId, user.id, allianceIds],
    );
    if (!mentoring.length) throw new NotFoundException('We could not find that early-career teacher among the people you mentor.');
    const rows: ReflectionRow[] = await this.dataSource.query(`${REFLECTION_SQL} WHERE r."userId" = $1 AND r."sharedWithMentor" ORDER BY e."startsAt" DESC, e.id`, [ectUserId]);
    return rows.map(toReflectionView);
  }

  /** The mentor's dashboard: each ECT they mentor on an active enrolment, with attendance so far and what is coming up. */
  async mentees(user: SessionUser): Promise<MenteeView[]> {
    const allianceIds = await this.access.activeAllianceIds(user);
    const rows: {
      enrolmentId: string;
      ectId: string;
      ectName: string;
      cohortId: string;
      cohortName: string;
      academicYear: string;
      inductionYear: 1 | 2;
      attended: number;
      marked: number;
    }[] = await this.dataSource.query(
      `SELECT en.id AS "enrolmentId", u.id AS "ectId", u.name AS "ectName", c.id AS "cohortId", c.name AS "cohortName", c."academicYear", c."inductionYear",
              (SELECT count(*)::int FROM cohort_session_attendance a JOIN cohort_sessions s ON s."eventId" = a."sessionId"
                WHERE s."cohortId" = c.id AND a."userId" = u.id AND a.attendance = 'attended') AS attended,
              (SELECT count(*)::int FROM cohort_session_attendance a JOIN cohort_sessions s ON s."eventId" = a."sessionId"
                WHERE s."cohortId" = c.id AND a."userId" = u.id) AS marked
         FROM cohort_enrolments en JOIN users u ON u.id = en."ectUserId" JOIN cohorts c ON c.id = en."cohortId"
        WHERE en."mentorUserId" = $1 AND en.status = 'active' AND c."allianceId" = ANY($2::uuid[])
        ORDER BY u.name, c."academicYear" DESC, en.id`,
      [user.id, allianceIds],
    );
    const upcoming: { cohortId: string; ectId: string; id: string; topic: string; startsAt: Date; endsAt: Date; bookingStatus: 'confirmed' | 'waitlisted' | null }[] = rows.length
      ? await this.dataSource.query(
          `SELECT s."cohortId", mentee.id AS "ectId", e.id, e.title AS topic, e."startsAt", e."endsAt", b.status AS "bookingStatus"
             FROM cohort_sessions s JOIN events e ON e.id = s."eventId"
             JOIN unnest($1::uuid[], $2::uuid[]) AS mentee(id, "cohortId") ON mentee."cohortId" = s."cohortId"
             LEFT JOIN bookings b ON b."eventId" = e.id AND b."userId" = mentee.id AND b.status <> 'cancelled'
            WHERE e.status = 'scheduled' AND e."startsAt" > now()
            ORDER BY e."startsAt", e.id`,
          [rows.map((row) => row.ectId), rows.map((row) => row.cohortId)],
        )
      : [];
    return rows.map((row) => ({
      enrolmentId: row.enrolmentId,
      ect: { id: row.ectId, name: row.ectName },
      cohort: { id: row.cohortId, name: row.cohortName, academicYear: row.academicYear, inductionYear: row.inductionYear },
      attended: row.attended,
      marked: row.marked,
      attendanceRate: rate(row.attended, row.marked),
      upcomingSessions: upcoming
        .filter((session) => session.cohortId === row.cohortId && session.ectId === row.ectId)
        .map((session) => ({ id: session.id, topic: session.topic, startsAt: session.startsAt.toISOString(), endsAt: session.endsAt.toISOString(), bookingStatus: session.bookingStatus })),
    }));
  }

  /** The ECT's own page: their enrolments (history included), the sessions of their active cohorts, and past ones they were marked for. */
  async myInduction(user: SessionUser): Promise<MyInductionView> {
    const allianceIds = await this.access.activeAllianceIds(user);
    const enrolments: EnrolmentRow[] = await this.dataSource.query(
      `${ENROLMENT_VIEW_SQL} WHERE en."ectUserId" = $1 AND c."allianceId" = ANY($2::uuid[]) ORDER BY en."createdAt" DESC, en.id`,
      [user.id, allianceIds],
    );
    const sessions = await this.sessions.views(
      user,
      `WHERE c."allianceId" = ANY($2::uuid[])
         AND (EXISTS (SELECT 1 FROM cohort_enrolments mine WHERE mine."cohortId" = s."cohortId" AND mine."ectUserId" = $1 AND mine.status = 'active') OR a.id IS NOT NULL)
       ORDER BY e."startsAt", e.id`,
      [allianceIds],
      toInductionSessionView,
    );
    return { enrolments: enrolments.map(toEnrolmentView), sessions };
  }
}
