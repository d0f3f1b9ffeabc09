import { Client } from 'pg';

export const DEMO_ORGANISATION = 'Oakfield Learning Trust';
const PASSWORD_DONOR = 'ceo@oakfield.test';

export function benchEmail(n: number): string {
  return `bench-${n}@oakfield.test`;
}

/** Adds `count` governors to the demo trust, all with the demo password (its hash is copied, so no hashing here). */
export async function createBenchUsers(
  db: Client,
  count: number,
): Promise<string[]> {
  const organisation = await db.query<{ id: string }>(
    'SELECT id FROM organisations WHERE name = $1',
    [DEMO_ORGANISATION],
  );
  const donor = await db.query<{ passwordHash: string }>(
    'SELECT "passwordHash" FROM users WHERE email = $1',
    [PASSWORD_DONOR],
  );
  if (organisation.rowCount !== 1 || donor.rowCount !== 1) {
    throw new Error(
      `The demo data is missing ${DEMO_ORGANISATION} or ${PASSWORD_DONOR}; was SEED_DEMO_DATA honoured?`,
    );
  }
  await db.query(
    `INSERT INTO users (email, name, "passwordHash", "organisationId", roles)
     SELECT 'bench-' || n || '@oakfield.test', 'Bench Governor ' || n, $1, $2, ARRAY['governor']
       FROM generate_series(1, $3::int) AS n`,
    [donor.rows[0].passwordHash, organisation.rows[0].id, count],
  );
  return Array.from({ length: count }, (_, index) => benchEmail(index + 1));
}

export interface StoredBooking {
  id: string;
  status: string;
  queueNumber: number;
  /** Rank among the event's waitlisted bookings by arrival (queueNumber), as the API derives it; null when not waitlisted. */
  waitlistPosition: number | null;
}

/** The event's bookings as stored (apps/api/src/events/entities/booking.entity.ts), in arrival order. */
export async function storedBookings(
  db: Client,
  eventId: string,
): Promise<StoredBooking[]> {
  const rows = await db.query<{
    id: string;
    status: string;
    queueNumber: string;
    waitlistPosition: string | null;
  }>(
    `SELECT id, status, "queueNumber",
            CASE WHEN status = 'waitlisted' THEN row_number() OVER (PARTITION BY status ORDER BY "queueNumber") END AS "waitlistPosition"
       FROM bookings
      WHERE "eventId" = $1
      ORDER BY "queueNumber"`,
    [eventId],
  );
  return rows.rows.map((row) => ({
    id: row.id,
    status: row.status,
    queueNumber: Number(row.queueNumber),
    waitlistPosition:
      row.waitlistPosition === null ? null : Number(row.waitlistPosition),
  }));
}

/** True when positions are exactly 1..expected, in order (input sorted ascending). */
export function isGapless(positions: number[], expected: number): boolean {
  return (
    positions.length === expected &&
    positions.every((position, index) => position === index + 1)
  );
}
