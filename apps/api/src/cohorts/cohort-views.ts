import type { CohortSessionView, EnrolmentStatus, EnrolmentView, EventFormat, InductionSessionView, SessionMaterialView } from '@alliance/contracts';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** Every enrolment column a view needs, joined with the people and cohorts it names; add WHERE and ORDER BY. */
export const ENROLMENT_VIEW_SQL = `
  SELECT en.id, en."cohortId", c.name AS "cohortName", en."academicYear", en.status,
         ect.id AS "ectId", ect.name AS "ectName", en."organisationId", o.name AS "organisationName",
         mentor.id AS "mentorId", mentor.name AS "mentorName",
         enroller.id AS "enrolledById", enroller.name AS "enrolledByName",
         en."requestedAt", en."activatedAt", en."withdrawnAt", en."withdrawalReason",
         en."transferredAt", en."transferReason", en."transferredToCohortId", en."transferredFromEnrolmentId", en."createdAt"
    FROM cohort_enrolments en
    JOIN cohorts c ON c.id = en."cohortId"
    JOIN users ect ON ect.id = en."ectUserId"
    JOIN organisations o ON o.id = en."organisationId"
    LEFT JOIN users mentor ON mentor.id = en."mentorUserId"
    LEFT JOIN users enroller ON enroller.id = en."enrolledByUserId"`;

export interface EnrolmentRow {
  id: string;
  cohortId: string;
  cohortName: string;
  academicYear: string;
  status: EnrolmentStatus;
  ectId: string;
  ectName: string;
  organisationId: string;
  organisationName: string;
  mentorId: string | null;
  mentorName: string | null;
  enrolledById: string | null;
  enrolledByName: string | null;
  requestedAt: Date | null;
  activatedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  transferredAt: Date | null;
  transferReason: string | null;
  transferredToCohortId: string | null;
  transferredFromEnrolmentId: string | null;
  createdAt: Date;
}

export function toEnrolmentView(row: EnrolmentRow): EnrolmentView {
  return {
    id: row.id,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    academicYear: row.academicYear,
    status: row.status,
    ect: { id: row.ectId, name: row.ectName, organisationId: row.organisationId, organisationName: row.organisationName },
    mentor: row.mentorId ? { id: row.mentorId, name: row.mentorName ?? '' } : null,
    requestedAt: iso(row.requestedAt),
    activatedAt: iso(row.activatedAt),
    enrolledBy: row.enrolledById ? { id: row.enrolledById, name: row.enrolledByName ?? '' } : null,
    withdrawnAt: iso(row.withdrawnAt),
    withdrawalReason: row.withdrawalReason,
    transferredAt: iso(row.transferredAt),
    transferReason: row.transferReason,
    transferredToCohortId: row.transferredToCohortId,
    transferredFromEnrolmentId: row.transferredFromEnrolmentId,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A session as the reader sees it; $1 is the reader's id. Add WHERE (on s, e, c) and ORDER BY. */
export const SESSION_VIEW_SQL = `
  SELECT e.id, e."cohortId", c.name AS "cohortName", e.title AS topic, e.description, e.format, e.venue, e.address, e."onlineUrl",
         e."startsAt", e."endsAt", e.capacity, e."confirmedCount", e."waitlistCount", e.status,
         f.id AS "facilitatorId", f.name AS "facilitatorName",
         b.id AS "bookingId", b.status AS "bookingStatus",
         CASE WHEN b.status = 'waitlisted' THEN (
           SELECT count(*)::int FROM bookings w WHERE w."eventId" = b."eventId" AND w.status = 'waitlisted' AND w."queueNumber" <= b."queueNumber"
         ) END AS "waitlistPosition",
         a.attendance AS "myAttendance", (r.id IS NOT NULL) AS "hasReflection",
         c."allianceId", c."createdByUserId", c."facilitatingOrganisationId",
         EXISTS (SELECT 1 FROM cohort_facilitators cf WHERE cf."cohortId" = c.id AND cf."userId" = $1) AS "isFacilitator",
         EXISTS (SELECT 1 FROM cohort_enrolments ce WHERE ce."cohortId" = c.id AND ce."ectUserId" = $1 AND ce.status = 'active') AS "isEnrolled"
    FROM cohort_sessions s
    JOIN events e ON e.id = s."eventId"
    JOIN cohorts c ON c.id = s."cohortId"
    LEFT JOIN users f ON f.id = s."facilitatorUserId"
    LEFT JOIN bookings b ON b."eventId" = e.id AND b."userId" = $1 AND b.status <> 'cancelled'
    LEFT JOIN cohort_session_attendance a ON a."sessionId" = e.id AND a."userId" = $1
    LEFT JOIN cohort_session_reflections r ON r."sessionId" = e.id AND r."userId" = $1`;

export interface SessionRow {
  id: string;
  cohortId: string;
  cohortName: string;
  topic: string;
  description: string;
  format: EventFormat;
  venue: string | null;
  address: string | null;
  onlineUrl: string | null;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  status: 'scheduled' | 'cancelled';
  facilitatorId: string | null;
  facilitatorName: string | null;
  bookingId: string | null;
  bookingStatus: 'confirmed' | 'waitlisted' | null;
  waitlistPosition: number | null;
  myAttendance: InductionSessionView['myAttendance'];
  hasReflection: boolean;
  allianceId: string;
  createdByUserId: string;
  facilitatingOrganisationId: string;
  isFacilitator: boolean;
  isEnrolled: boolean;
}

export function toSessionView(row: SessionRow, materials: SessionMaterialView[], showJoiningLink: boolean): CohortSessionView {
  return {
    id: row.id,
    cohortId: row.cohortId,
    cohortName: row.cohortName,
    topic: row.topic,
    description: row.description,
    format: row.format,
    venue: row.venue,
    address: row.address,
    onlineUrl: showJoiningLink ? row.onlineUrl : null,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    capacity: row.capacity,
    confirmedCount: row.confirmedCount,
    waitlistCount: row.waitlistCount,
    status: row.status,
    facilitator: row.facilitatorId ? { id: row.facilitatorId, name: row.facilitatorName ?? '' } : null,
    materials,
    myBooking: row.bookingId && row.bookingStatus ? { id: row.bookingId, status: row.bookingStatus, waitlistPosition: row.waitlistPosition } : null,
  };
}

export function toInductionSessionView(row: SessionRow, materials: SessionMaterialView[], showJoiningLink: boolean): InductionSessionView {
  return { ...toSessionView(row, materials, showJoiningLink), myAttendance: row.myAttendance, hasReflection: row.hasReflection };
}
