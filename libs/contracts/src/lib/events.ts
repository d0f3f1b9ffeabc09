import type { Role } from './roles';

export const EVENT_FORMATS = ['in_person', 'online'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const BOOKING_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const ATTENDANCE_VALUES = ['attended', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE_VALUES)[number];

export const EVENT_TITLE_MAX_LENGTH = 200;
export const EVENT_DESCRIPTION_MAX_LENGTH = 10000;
export const EVENT_MAX_CAPACITY = 10000;
export const EVENT_MAX_SERIES_DATES = 20;

/** Who may host events for an alliance (besides its coordinator). */
export const EVENT_HOST_ROLES = ['ceo', 'headteacher', 'business_manager'] as const satisfies readonly Role[];
/** Who may book a place for a colleague of their own organisation. */
export const BOOK_FOR_COLLEAGUE_ROLES = ['ceo', 'headteacher'] as const satisfies readonly Role[];

export interface MyBookingView {
  id: string;
  status: Exclude<BookingStatus, 'cancelled'>;
  waitlistPosition: number | null;
}

export interface EventSummary {
  id: string;
  allianceId: string;
  title: string;
  audience: Role[];
  format: EventFormat;
  venue: string | null;
  startsAt: string;
  endsAt: string;
  bookingDeadline: string | null;
  capacity: number;
  confirmedCount: number;
  waitlistCount: number;
  hostOrganisationId: string;
  hostOrganisationName: string;
  status: 'scheduled' | 'cancelled';
  seriesId: string | null;
  myBooking: MyBookingView | null;
}

export interface EventDetail extends EventSummary {
  description: string;
  address: string | null;
  /** Only for people with a live booking, and the host. */
  onlineUrl: string | null;
  isHost: boolean;
  /** The signed-in person's role is in the audience and booking is still open. */
  canBook: boolean;
  /** Why booking is closed, in words, when it is. */
  bookingClosedReason: string | null;
  seriesDates: { id: string; startsAt: string; endsAt: string }[];
}

export interface BookingResult {
  id: string;
  status: Exclude<BookingStatus, 'cancelled'>;
  waitlistPosition?: number;
}

export interface MyBookingListItem {
  id: string;
  status: Exclude<BookingStatus, 'cancelled'>;
  waitlistPosition: number | null;
  bookedAt: string;
  event: Pick<EventSummary, 'id' | 'title' | 'startsAt' | 'endsAt' | 'format' | 'venue' | 'hostOrganisationName' | 'status'>;
}

export interface AttendeeView {
  bookingId: string;
  userId: string;
  name: string;
  email: string;
  organisationName: string;
  roles: Role[];
  bookedAt: string;
  bookedByName: string | null;
  status: BookingStatus;
  waitlistPosition: number | null;
  attendance: Attendance | null;
}

export interface CalendarFeedView {
  /** A secret address calendar apps can subscribe to without signing in. */
  url: string;
}
