/**
 * Books a place (or a waiting-list place) in ONE statement: lock the event row, decide, insert the booking,
 * move the counters, and write the audit entry and the email. Under a booking rush the event's row lock is
 * the bottleneck, and as one statement it is held only inside PostgreSQL — never across round trips to a
 * busy Node process — which is what lets two API processes take hundreds of bookings a second.
 *
 * READ COMMITTED makes this safe: FOR UPDATE waits for a competing booking to commit and then sees its row
 * version, and the UPDATE applies to that same latest version. The unique index on live bookings makes
 * ON CONFLICT DO NOTHING refuse a second live booking for the same person.
 *
 * $1 event, $2 person booked, $3 booked by, $4 booker's organisation, $5 email to,
 * $6/$7 subject and text if confirmed, $8/$9 if waitlisted ({position} is filled in here).
 * No row back: booking is closed. A row with a null id: the person already has a live booking.
 */
export const BOOK_PLACE_SQL = `
WITH locked AS (
  SELECT id, "allianceId", capacity, "confirmedCount", "waitlistCount"
    FROM events
   WHERE id = $1 AND status = 'scheduled' AND "startsAt" > now() AND ("bookingDeadline" IS NULL OR "bookingDeadline" >= now())
   FOR UPDATE
), decision AS (
  SELECT id, "allianceId",
         CASE WHEN "confirmedCount" < capacity THEN 'confirmed' ELSE 'waitlisted' END AS status,
         CASE WHEN "confirmedCount" < capacity THEN NULL ELSE "waitlistCount" + 1 END AS position
    FROM locked
), booking AS (
  INSERT INTO bookings ("eventId", "userId", "bookedByUserId", status, "confirmedAt")
  SELECT id, $2, $3, status, CASE WHEN status = 'confirmed' THEN now() END FROM decision
  ON CONFLICT DO NOTHING
  RETURNING id, status
), counters AS (
  UPDATE events e
     SET "confirmedCount" = e."confirmedCount" + (b.status = 'confirmed')::int,
         "waitlistCount" = e."waitlistCount" + (b.status = 'waitlisted')::int,
         "updatedAt" = now()
    FROM booking b
   WHERE e.id = $1
), audit AS (
  INSERT INTO audit_entries ("actorUserId", "organisationId", "allianceId", action, "entityType", "entityId", changes)
  SELECT $3, $4, d."allianceId", 'booking.created', 'booking', b.id, jsonb_build_object('eventId', $1::text, 'userId', $2::text, 'status', b.status)
    FROM booking b, decision d
), mail AS (
  INSERT INTO outbox_messages ("to", subject, text)
  SELECT $5,
         CASE WHEN b.status = 'confirmed' THEN $6 ELSE $8 END,
         CASE WHEN b.status = 'confirmed' THEN $7 ELSE replace($9, '{position}', d.position::text) END
    FROM booking b, decision d
)
SELECT b.id, d.status, d.position
  FROM decision d LEFT JOIN booking b ON true`;
