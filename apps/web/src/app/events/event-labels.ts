import {
  ROLE_LABELS,
  type Attendance,
  type BookingStatus,
  type EventFormat,
  type EventSummary,
  type Role,
} from '@alliance/contracts';
import { countOf } from '../shared/labels';

// Words for events, as school leaders say them.

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  in_person: 'In person',
  online: 'Online',
};

export const ATTENDANCE_LABELS: Record<Attendance, string> = {
  attended: 'Attended',
  absent: 'Absent',
};

type Places = Pick<EventSummary, 'capacity' | 'confirmedCount'>;

export function placesLeftOf(event: Places): number {
  return Math.max(0, event.capacity - event.confirmedCount);
}

/** "3 places left", "1 place left", or "Fully booked – you can join the waiting list" while people still can. */
export function placesInWords(event: Places, waitingListOpen: boolean): string {
  const left = placesLeftOf(event);
  if (left > 0) return `${countOf(left, 'place')} left`;
  return waitingListOpen
    ? 'Fully booked – you can join the waiting list'
    : 'Fully booked';
}

/** "Governor or trustee, Headteacher". */
export function audienceInWords(audience: readonly Role[]): string {
  return audience.map((role) => ROLE_LABELS[role] ?? role).join(', ');
}

/** "Confirmed", "Waiting list (number 2)", "Cancelled". */
export function bookingStatusInWords(
  status: BookingStatus,
  waitlistPosition: number | null | undefined,
): string {
  switch (status) {
    case 'confirmed':
      return 'Confirmed';
    case 'waitlisted':
      return waitlistPosition
        ? `Waiting list (number ${waitlistPosition})`
        : 'Waiting list';
    default:
      return 'Cancelled';
  }
}

/** Where an event happens, in a few words: its venue, or "Online". */
export function whereInWords(
  event: Pick<EventSummary, 'format' | 'venue'>,
): string {
  if (event.format === 'online') return 'Online';
  return event.venue ?? EVENT_FORMAT_LABELS.in_person;
}

/** Whether people can still book (or join the waiting list), judging by the event's own dates. */
export function bookingStillOpen(
  event: Pick<EventSummary, 'status' | 'startsAt' | 'bookingDeadline'>,
  now: Date,
): boolean {
  if (event.status !== 'scheduled') return false;
  const closes = event.bookingDeadline ?? event.startsAt;
  return now.getTime() < Date.parse(closes);
}
