import { TZDate } from '@date-fns/tz';
import { formatLondon } from '../shared/london-date-pipe';

// Events happen in England: people enter and read their times in UK time (GMT or BST), whatever their device says.
// The API takes and gives instants in UTC.

export const LONDON = 'Europe/London';

/** A time of day as people write it. */
export interface ClockTime {
  hours: number;
  minutes: number;
}

const TWENTY_FOUR_HOUR = /^(\d{1,2})[:.](\d{2})$/;
const TWELVE_HOUR = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?$/i;

/** "9:30", "09:30", "9.30", "14:00", "2pm", "2:15 pm" → hours and minutes; null when the text is not a time of day. */
export function parseClockTime(text: string): ClockTime | null {
  const value = text.trim();
  const twentyFour = TWENTY_FOUR_HOUR.exec(value);
  if (twentyFour) {
    const hours = Number(twentyFour[1]);
    const minutes = Number(twentyFour[2]);
    return hours <= 23 && minutes <= 59 ? { hours, minutes } : null;
  }
  const twelve = TWELVE_HOUR.exec(value);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minutes = Number(twelve[2] ?? '0');
    if (hour < 1 || hour > 12 || minutes > 59) return null;
    const afternoon = twelve[3].toLowerCase() === 'p';
    return { hours: (hour % 12) + (afternoon ? 12 : 0), minutes };
  }
  return null;
}

/** "09:30", "14:00": how a time is shown back in a form. */
export function clockTimeText({ hours, minutes }: ClockTime): string {
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "9:30am", "2:00pm": a time of day as the rest of the app shows it. */
export function clockTimeInWords({ hours, minutes }: ClockTime): string {
  const hour = hours % 12 || 12;
  return `${hour}:${String(minutes).padStart(2, '0')}${hours < 12 ? 'am' : 'pm'}`;
}

/**
 * The instant a UK wall-clock time happens on a calendar day, or null when that time does not exist
 * (the hour skipped when the clocks go forward in March).
 * `day` is a date picker's value: only its year, month and day (in the device's own time zone) are read.
 */
export function londonInstant(day: Date, time: ClockTime): Date | null {
  const london = new TZDate(
    day.getFullYear(),
    day.getMonth(),
    day.getDate(),
    time.hours,
    time.minutes,
    LONDON,
  );
  if (london.getHours() !== time.hours || london.getMinutes() !== time.minutes)
    return null;
  return new Date(london.getTime());
}

/** The form the API takes: UTC, to the second, like 2027-03-29T08:30:00Z. */
export function toApiTime(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The UK calendar day of an instant, as a date picker value (midnight on the device). */
export function londonDayOf(instant: string): Date {
  const london = new TZDate(instant, LONDON);
  return new Date(london.getFullYear(), london.getMonth(), london.getDate());
}

/** The UK time of day of an instant, as a form shows it: "09:30". */
export function londonClockTimeOf(instant: string): string {
  const london = new TZDate(instant, LONDON);
  return clockTimeText({
    hours: london.getHours(),
    minutes: london.getMinutes(),
  });
}

/** Today in the UK, as a date picker value. */
export function londonToday(now: Date): Date {
  return londonDayOf(now.toISOString());
}

/** "2027-03" → "March 2027". */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1)));
}

/** This month and the next ones in the UK, for a month filter. */
export function monthsFrom(now: Date, count: number): string[] {
  const london = new TZDate(now.getTime(), LONDON);
  return Array.from({ length: count }, (_, index) => {
    const total = london.getMonth() + index;
    return monthValue(
      london.getFullYear() + Math.floor(total / 12),
      total % 12,
    );
  });
}

const weekdayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  weekday: 'long',
});

/**
 * When an event happens, in UK time: "Monday 29 March 2027, 9:30am to 12:30pm";
 * over several days: "Monday 29 March 2027 at 9:30am to Tuesday 30 March 2027 at 4:00pm".
 */
export function eventWhen(startsAt: string, endsAt: string): string {
  const startDay = `${weekdayFormat.format(new Date(startsAt))} ${formatLondon(startsAt)}`;
  const endDay = `${weekdayFormat.format(new Date(endsAt))} ${formatLondon(endsAt)}`;
  const startTime = formatLondon(startsAt, 'time');
  const endTime = formatLondon(endsAt, 'time');
  if (startDay === endDay) return `${startDay}, ${startTime} to ${endTime}`;
  return `${startDay} at ${startTime} to ${endDay} at ${endTime}`;
}

function monthValue(year: number, monthIndex: number): string {
  return `${year}-${String(monthIndex + 1).padStart(2, '0')}`;
}
