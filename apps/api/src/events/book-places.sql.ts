/**
 * Books places for a batch of requests for one event in ONE statement, in the order they arrived: lock the
 * event row, give free places to the first requests and waiting-list places to the rest, insert the bookings,
 * move the counters, and write an audit entry and an email for each. Under a booking rush the event's row
 * lock is the bottleneck; as one statement it is held only inside PostgreSQL — never across round trips to
 * a busy Node process — and each API process books everything that queued while its last batch ran.
 *
 * READ COMMITTED makes this safe: FOR UPDATE waits for a competing batch to commit and then sees its row
 * version, and the UPDATE applies to that same latest version. The unique index on live bookings makes
 * ON CONFLICT DO NOTHING refuse a second live booking for a person, even one made by another process a
 * moment earlier; counters move by what was actually inserted.
 *
 * $1 event; arrays, one entry per request: $2 person, $3 booked by, $4 booker's organisation, $5 email to,
 * $6/$7 subject and text if confirmed, $8/$9 if waitlisted ({position} is filled in here).
 * One row per request, in order: open = false when booking is closed; id null when the person already
 * has a live booking (or asked twice in this batch).
 */
export const BOOK_PLACES_SQL = `
WITH locked AS (
  SELECT id, "allianceId", capacity, "confirmedCount", "waitlistCount"
    FROM events
   WHERE id = $1 AND status = 'scheduled' AND "startsAt" > now() AND ("bookingDeadline" IS NULL OR "bookingDeadline" >= now())
   FOR UPDATE
), requests AS (
  SELECT *
    FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
         WITH ORDINALITY AS r(person, booked_by, organisation, email, confirmed_subject, confirmed_text, waitlisted_subject, waitlisted_text, ord)
), fresh AS (
  SELECT r.*, row_number() OVER (ORDER BY r.ord) AS n
    FROM requests r
   WHERE r.ord = (SELECT min(twin.ord) FROM requests twin WHERE twin.person = r.person)
     AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b."eventId" = $1 AND b."userId" = r.person AND b.status <> 'cancelled')
), decision AS (
  SELECT f.*, l."allianceId",
         CASE WHEN l."confirmedCount" + f.n <= l.capacity THEN 'confirmed' ELSE 'waitlisted' END AS status,
         CASE WHEN l."confirmedCount" + f.n <= l.capacity THEN NULL
              ELSE l."waitlistCount" + f.n - greatest(l.capacity - l."confirmedCount", 0) END AS position
    FROM fresh f CROSS JOIN locked l
), booking AS (
  INSERT INTO bookings ("eventId", "userId", "bookedByUserId", status, "confirmedAt")
  SELECT $1, person, booked_by, status, CASE WHEN status = 'confirmed' THEN now() END FROM decision ORDER BY n
  ON CONFLICT DO NOTHING
  RETURNING id, "userId", status
), counters AS (
  UPDATE events e
     SET "confirmedCount" = e."confirmedCount" + (SELECT count(*) FROM booking WHERE status = 'confirmed'),
         "waitlistCount" = e."waitlistCount" + (SELECT count(*) FROM booking WHERE status = 'waitlisted'),
         "updatedAt" = now()
   WHERE e.id = $1 AND EXISTS (SELECT 1 FROM booking)
), audit AS (
  INSERT INTO audit_entries ("actorUserId", "organisationId", "allianceId", action, "entityType", "entityId", changes)
  SELECT d.booked_by, d.organisation, d."allianceId", 'booking.created', 'booking', b.id,
         jsonb_build_object('eventId', $1::text, 'userId', d.person::text, 'status', b.status)
    FROM booking b JOIN decision d ON d.person = b."userId"
), mail AS (
  INSERT INTO outbox_messages ("to", subject, text)
  SELECT d.email,
         CASE WHEN b.status = 'confirmed' THEN d.confirmed_subject ELSE d.waitlisted_subject END,
         CASE WHEN b.status = 'confirmed' THEN d.confirmed_text ELSE replace(d.waitlisted_text, '{position}', d.position::text) END
    FROM booking b JOIN decision d ON d.person = b."userId"
)
SELECT r.ord::int AS ord, EXISTS (SELECT 1 FROM locked) AS open, b.id, d.status, d.position::int AS position,
       (d.ord IS NOT NULL AND b.id IS NULL) AS skipped
  FROM requests r
  LEFT JOIN decision d ON d.ord = r.ord
  LEFT JOIN booking b ON b."userId" = d.person
 ORDER BY r.ord`;
