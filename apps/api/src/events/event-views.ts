import type { EventDetail, EventSummary, MyBookingView, SessionUser } from '@alliance/contracts';
import type { TrainingEvent } from './entities/training-event.entity';
import { isHostOf } from './event-access';

export function toEventSummary(event: TrainingEvent, hostName: string, myBooking: MyBookingView | null): EventSummary {
  return {
    id: event.id,
    allianceId: event.allianceId,
    title: event.title,
    audience: event.audience,
    format: event.format,
    venue: event.venue,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    bookingDeadline: event.bookingDeadline?.toISOString() ?? null,
    capacity: event.capacity,
    confirmedCount: event.confirmedCount,
    waitlistCount: event.waitlistCount,
    hostOrganisationId: event.hostOrganisationId,
    hostOrganisationName: hostName,
    status: event.status,
    seriesId: event.seriesId,
    myBooking,
  };
}

export function toEventDetail(
  user: SessionUser,
  event: TrainingEvent,
  hostName: string,
  myBooking: MyBookingView | null,
  seriesDates: Pick<TrainingEvent, 'id' | 'startsAt' | 'endsAt'>[],
  now = new Date(),
): EventDetail {
  const isHost = isHostOf(user, event);
  const bookingClosedReason = whyBookingIsClosed(event, now);
  const inAudience = event.audience.some((role) => user.roles.includes(role));
  return {
    ...toEventSummary(event, hostName, myBooking),
    description: event.description,
    address: event.address,
    onlineUrl: isHost || myBooking ? event.onlineUrl : null,
    isHost,
    canBook: inAudience && !bookingClosedReason && !myBooking,
    bookingClosedReason,
    seriesDates: seriesDates.map((date) => ({ id: date.id, startsAt: date.startsAt.toISOString(), endsAt: date.endsAt.toISOString() })),
  };
}

export function whyBookingIsClosed(event: Pick<TrainingEvent, 'status' | 'startsAt' | 'bookingDeadline'>, now = new Date()): string | null {
  if (event.status === 'cancelled') return 'This event has been cancelled.';
  if (event.startsAt <= now) return 'This event has already started, so places can no longer be booked.';
  if (event.bookingDeadline && event.bookingDeadline < now) return 'The booking deadline for this event has passed.';
  return null;
}
