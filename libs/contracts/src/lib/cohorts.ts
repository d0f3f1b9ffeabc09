import type { EventFormat, MyBookingView } from './events';
import type { Role } from './roles';

export const INDUCTION_YEARS = [1, 2] as const;
export type InductionYear = (typeof INDUCTION_YEARS)[number];

/** auto: every active enrolled ECT is booked on every session; sign_up: enrolled ECTs book the sessions they choose. */
export const SESSION_BOOKING_MODES = ['auto', 'sign_up'] as const;
export type SessionBookingMode = (typeof SESSION_BOOKING_MODES)[number];

/** Enrolment rows are never deleted: a withdrawal or transfer closes one and keeps it as history. */
export const ENROLMENT_STATUSES = ['requested', 'active', 'withdrawn', 'transferred'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const COHORT_ATTENDANCE_VALUES = ['attended', 'absent', 'apologies'] as const;
export type CohortAttendance = (typeof COHORT_ATTENDANCE_VALUES)[number];

export const COHORT_NAME_MAX_LENGTH = 200;
export const COHORT_REGION_MAX_LENGTH = 100;
export const COHORT_MAX_CAPACITY = 500;
export const COHORT_MAX_FACILITATORS = 20;
export const SESSION_TOPIC_MAX_LENGTH = 200;
export const SESSION_DESCRIPTION_MAX_LENGTH = 5000;
export const ENROLMENT_REASON_MAX_LENGTH = 1000;
export const REFLECTION_MAX_LENGTH = 2000;
export const MATERIAL_TITLE_MAX_LENGTH = 200;

/** A CEO, headteacher or mentor enrols the ECTs of their own organisation and may withdraw or transfer them, or change their mentor. */
export const ENROLLER_ROLES = ['ceo', 'headteacher', 'mentor'] as const satisfies readonly Role[];
/** A CEO or headteacher approves an ECT's request to join, and sees their organisation's ECTs' attendance. */
export const ENROLMENT_APPROVER_ROLES = ['ceo', 'headteacher'] as const satisfies readonly Role[];
/**
 * A "teaching school hub lead" is a person of an organisation whose kind is teaching_school_hub (an active
 * member of the alliance) holding one of these roles. Besides the alliance coordinator, hub leads create
 * cohorts facilitated by their hub and manage them.
 */
export const HUB_LEAD_ROLES = ['ceo', 'headteacher', 'staff'] as const satisfies readonly Role[];

/** "2026/27": an academic year starting in September of the first year, ending the next summer. */
export const ACADEMIC_YEAR_PATTERN = /^(20\d{2})\/(\d{2})$/;

export function isAcademicYear(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ACADEMIC_YEAR_PATTERN.exec(value);
  return !!match && (Number(match[1]) + 1) % 100 === Number(match[2]);
}

export interface PersonRef {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
}

export interface CohortSummary {
  id: string;
  allianceId: string;
  name: string;
  academicYear: string;
  inductionYear: InductionYear;
  region: string;
  facilitatingOrganisationId: string;
  facilitatingOrganisationName: string;
  capacity: number;
  activeCount: number;
  sessionBooking: SessionBookingMode;
  /** The signed-in person's own live enrolment (requested or active), if any. */
  myEnrolment: { id: string; status: Extract<EnrolmentStatus, 'requested' | 'active'> } | null;
}

export interface CohortDetail extends CohortSummary {
  facilitators: PersonRef[];
  createdAt: string;
  /** Coordinator, the facilitating hub's leads: edit the cohort, add sessions. */
  canManage: boolean;
  /** Facilitators and managers: take the register. */
  canFacilitate: boolean;
  /** A CEO, headteacher or mentor of a member organisation: enrol their ECTs. */
  canEnrol: boolean;
  /** An ECT without a live enrolment here. */
  canRequest: boolean;
  /** People connected to the cohort see its sessions and members; others in the alliance see this summary only. */
  isInsider: boolean;
}

export interface EnrolmentView {
  id: string;
  cohortId: string;
  cohortName: string;
  academicYear: string;
  status: EnrolmentStatus;
  ect: PersonRef;
  /** Follows the ECT's attendance and the reflections they share; null until a request is approved. */
  mentor: { id: string; name: string } | null;
  requestedAt: string | null;
  activatedAt: string | null;
  enrolledBy: { id: string; name: string } | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  transferredAt: string | null;
  transferReason: string | null;
  transferredToCohortId: string | null;
  transferredFromEnrolmentId: string | null;
  createdAt: string;
}

/** What everyone connected to the cohort sees: who is in the room, grouped by trust, nothing more. */
export interface CohortMembersView {
  organisations: { organisationId: string; organisationName: string; members: { id: string; name: string }[] }[];
  facilitators: PersonRef[];
}

export interface SessionMaterialView {
  id: string;
  title: string;
  /** The link, or for an uploaded file the address that downloads it. */
  url: string | null;
  /** Set for an uploaded file. */
  fileName: string | null;
  sizeBytes: number | null;
  createdAt: string;
}

export interface CohortSessionView {
  /** The session is a training event: this id also works with /api/events/:id and its bookings. */
  id: string;
  cohortId: string;
  cohortName: string;
  topic: string;
  description: string;
  format: EventFormat;
  venue: string | null;
  address: string | null;
  /** Only for enrolled ECTs, facilitators and the cohort's managers. */
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  status: 'scheduled' | 'cancelled';
  facilitator: { id: string; name: string } | null;
  materials: SessionMaterialView[];
  myBooking: MyBookingView | null;
}

export interface RegisterEntry {
  userId: string;
  name: string;
  organisationName: string;
  enrolmentStatus: EnrolmentStatus;
  bookingStatus: 'confirmed' | 'waitlisted' | null;
  attendance: CohortAttendance | null;
  markedAt: string | null;
}

export interface AttendanceRecordView {
  sessionId: string;
  attendance: CohortAttendance;
  markedAt: string;
}

/** Only the people whose records the reader may see: themselves, their mentees, their organisation's ECTs, or everyone for facilitators. */
export interface CohortAttendanceView {
  sessions: { id: string; topic: string; startsAt: string }[];
  people: { userId: string; name: string; organisationName: string; records: AttendanceRecordView[]; attendanceRate: number | null }[];
}

export interface ReflectionView {
  sessionId: string;
  topic: string;
  sessionStartsAt: string;
  text: string;
  sharedWithMentor: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface MenteeView {
  enrolmentId: string;
  ect: { id: string; name: string };
  cohort: { id: string; name: string; academicYear: string; inductionYear: InductionYear };
  attended: number;
  marked: number;
  /** Attended ÷ sessions marked, 0 to 1; null before any session is marked. */
  attendanceRate: number | null;
  upcomingSessions: { id: string; topic: string; startsAt: string; endsAt: string; bookingStatus: 'confirmed' | 'waitlisted' | null }[];
}

export interface InductionSessionView extends CohortSessionView {
  myAttendance: CohortAttendance | null;
  hasReflection: boolean;
}

export interface MyInductionView {
  enrolments: EnrolmentView[];
  sessions: InductionSessionView[];
}
