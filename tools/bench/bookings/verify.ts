import type { Client } from 'pg';
import type {
  BookingResult,
  EventDetail,
} from '../../../libs/contracts/src/lib/events';
import { isGapless, storedBookings } from './bench-data';
import type { Expected, Outcome } from './burst';
import type { ApiClient, Session } from './http-client';

/** Checks the event's counters through the API and its bookings in the database; returns what was wrong. */
export async function verifyBookings(
  db: Client,
  client: ApiClient,
  coordinator: Session,
  eventId: string,
  outcomes: Outcome[],
  expected: Expected,
): Promise<string[]> {
  const failures: string[] = [];
  const { capacity, people } = expected;
  const waitlistSize = people - capacity;
  const detail = await client.json<EventDetail>(
    'GET',
    `/api/events/${eventId}`,
    { session: coordinator },
  );
  console.log(
    `\nGET /api/events/:id: confirmedCount ${detail.confirmedCount}, waitlistCount ${detail.waitlistCount}`,
  );
  if (
    detail.confirmedCount !== capacity ||
    detail.waitlistCount !== waitlistSize
  ) {
    failures.push(
      `API counts ${detail.confirmedCount} / ${detail.waitlistCount}, expected ${capacity} / ${waitlistSize}`,
    );
  }

  const stored = await storedBookings(db, eventId);
  const confirmed = stored.filter((booking) => booking.status === 'confirmed');
  const waitlisted = stored.filter(
    (booking) => booking.status === 'waitlisted',
  );
  const positions = waitlisted.map((booking) => booking.waitlistPosition ?? 0);
  console.log(
    `Database: ${confirmed.length} confirmed, ${waitlisted.length} waitlisted, ${stored.length - confirmed.length - waitlisted.length} other; waitlist positions ${positions[0]}..${positions.at(-1)}`,
  );
  if (
    confirmed.length !== capacity ||
    waitlisted.length !== waitlistSize ||
    stored.length !== people
  ) {
    failures.push(
      `database holds ${confirmed.length} confirmed / ${waitlisted.length} waitlisted of ${stored.length}`,
    );
  }
  if (!isGapless(positions, waitlistSize)) {
    failures.push(
      `stored waitlist positions are not 1..${waitlistSize} without gaps`,
    );
  }
  // First come, first served: every confirmed place went to someone who arrived before everyone waiting.
  const lastConfirmed = Math.max(
    ...confirmed.map((booking) => booking.queueNumber),
  );
  const firstWaiting = Math.min(
    ...waitlisted.map((booking) => booking.queueNumber),
  );
  if (
    confirmed.length > 0 &&
    waitlisted.length > 0 &&
    lastConfirmed > firstWaiting
  ) {
    failures.push(
      'a confirmed booking arrived after a waitlisted one (queue order broken)',
    );
  }

  // What each person was told must be what was stored.
  const byId = new Map(stored.map((booking) => [booking.id, booking]));
  let mismatches = 0;
  for (const outcome of outcomes) {
    if (outcome.status !== 201) continue;
    const told = JSON.parse(outcome.body) as BookingResult;
    const booking = byId.get(told.id);
    if (
      !booking ||
      booking.status !== told.status ||
      (told.status === 'waitlisted' &&
        told.waitlistPosition !== booking.waitlistPosition)
    ) {
      mismatches += 1;
    }
  }
  if (mismatches > 0) {
    failures.push(
      `${mismatches} responses disagree with the stored booking (status or waitlist position)`,
    );
  }
  return failures;
}
