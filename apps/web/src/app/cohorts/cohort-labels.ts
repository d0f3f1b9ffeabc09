import type {
  CohortAttendance,
  CohortSessionView,
  EnrolmentStatus,
  SessionBookingMode,
} from '@alliance/contracts';

// Words for cohorts, as schools and new teachers say them.

export const COHORT_ATTENDANCE_LABELS: Record<CohortAttendance, string> = {
  attended: 'Attended',
  absent: 'Absent',
  apologies: 'Apologies sent',
};

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  requested: 'Asked to join',
  active: 'Enrolled',
  withdrawn: 'Withdrawn',
  transferred: 'Transferred',
};

export const SESSION_BOOKING_LABELS: Record<SessionBookingMode, string> = {
  auto: 'Every enrolled ECT is booked on every session',
  sign_up: 'Enrolled ECTs book the sessions they choose',
};

/** The choice of booking mode when creating a cohort, with what it means for schools. */
export const SESSION_BOOKING_CHOICES: Record<
  SessionBookingMode,
  { label: string; hint: string }
> = {
  auto: {
    label: 'Book every enrolled ECT automatically',
    hint: 'ECTs get a place on every session as soon as it is added, and on the sessions to come when they are enrolled.',
  },
  sign_up: {
    label: 'ECTs sign up for the sessions they choose',
    hint: 'Enrolled ECTs book their own places. Nobody is booked for them.',
  },
};

/** "2026/27": the academic year starting in September of `start`. */
export function academicYearStartingIn(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2026/27" for a day in the academic year that starts in September 2026. */
export function academicYearOf(day: Date): string {
  return academicYearStartingIn(
    day.getMonth() >= 8 ? day.getFullYear() : day.getFullYear() - 1,
  );
}

/** "Year 1 of induction". */
export function inductionYearInWords(year: number): string {
  return `Year ${year} of induction`;
}

/** "75%", or "No sessions marked yet" before the first register. */
export function attendanceRateInWords(rate: number | null): string {
  return rate === null
    ? 'No sessions marked yet'
    : `${Math.round(rate * 100)}%`;
}

/** Where a session happens: its venue and address, or "Online". */
export function sessionPlaceInWords(
  session: Pick<CohortSessionView, 'format' | 'venue' | 'address'>,
): string {
  if (session.format === 'online') return 'Online';
  return [session.venue ?? 'Venue to be confirmed', session.address]
    .filter(Boolean)
    .join(', ');
}

/** A session counts as past once it has ended. */
export function hasEnded(
  session: Pick<CohortSessionView, 'endsAt'>,
  now: Date,
): boolean {
  return Date.parse(session.endsAt) <= now.getTime();
}
