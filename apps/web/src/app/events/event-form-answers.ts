import {
  EVENT_MAX_CAPACITY,
  type CreateEventDto,
  type EventDetail,
  type UpdateEventDto,
} from '@alliance/contracts';
import type { FormControl } from '@angular/forms';
import type { FormProblem } from '../shared/error-summary';
import {
  type ClockTime,
  clockTimeInWords,
  londonInstant,
  parseClockTime,
} from './london-time';

// Reading the answers of the event form: each reader adds its problems, in GOV.UK words, to the list it is given.

export function readDate(
  control: FormControl<Date | null>,
  fieldId: string,
  missingMessage: string,
  problems: FormProblem[],
): Date | null {
  // The date picker leaves null and flags the text when what was typed is not a date.
  if (control.hasError('matDatepickerParse')) {
    problems.push({ fieldId, message: 'Enter a real date, like 29/3/2027' });
    return null;
  }
  const day = control.value;
  if (!day) {
    problems.push({ fieldId, message: missingMessage });
    return null;
  }
  if (day.getFullYear() < 2000 || day.getFullYear() > 2100) {
    problems.push({ fieldId, message: 'Enter the year in full, like 2027' });
    return null;
  }
  return day;
}

/** `what` is "the start time", "the end time of further date 2", … */
export function readTime(
  text: string,
  fieldId: string,
  what: string,
  problems: FormProblem[],
): ClockTime | null {
  if (text.trim() === '') {
    problems.push({ fieldId, message: `Enter ${what}` });
    return null;
  }
  const time = parseClockTime(text);
  if (!time)
    problems.push({
      fieldId,
      message: `Enter ${what} as a time of day, like 9:30am or 14:00`,
    });
  return time;
}

/** The instant of a UK time on a day, or a problem when the clocks skip that time. */
export function ukInstant(
  day: Date,
  time: ClockTime,
  fieldId: string,
  what: string,
  problems: FormProblem[],
): Date | null {
  const instant = londonInstant(day, time);
  if (!instant) problems.push(clocksGoForward(fieldId, day, time, what));
  return instant;
}

function clocksGoForward(
  fieldId: string,
  day: Date,
  time: ClockTime,
  what: string,
): FormProblem {
  const date = day.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return {
    fieldId,
    message: `There is no ${clockTimeInWords(time)} on ${date} in the UK, because the clocks go forward an hour. Choose another ${what}`,
  };
}

export function readCapacity(
  text: string,
  problems: FormProblem[],
): number | null {
  const value = text.trim().replace(/,/g, '');
  const fieldId = 'event-capacity';
  if (value === '') {
    problems.push({ fieldId, message: 'Enter the number of places' });
    return null;
  }
  if (!/^\d+$/.test(value)) {
    problems.push({
      fieldId,
      message: 'The number of places must be a whole number, like 30',
    });
    return null;
  }
  const capacity = Number(value);
  if (capacity < 1) {
    problems.push({ fieldId, message: 'There must be at least 1 place' });
    return null;
  }
  if (capacity > EVENT_MAX_CAPACITY) {
    problems.push({
      fieldId,
      message: `There can be at most ${EVENT_MAX_CAPACITY.toLocaleString('en-GB')} places`,
    });
    return null;
  }
  return capacity;
}

export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** Only what changed, so the API's rules about capacity and times apply to real changes alone. */
export function changesBetween(
  current: EventDetail,
  wanted: CreateEventDto,
): UpdateEventDto {
  const changes: UpdateEventDto = {};
  if (wanted.title !== current.title) changes.title = wanted.title;
  if (wanted.description !== current.description)
    changes.description = wanted.description;
  if (
    [...wanted.audience].sort().join() !== [...current.audience].sort().join()
  )
    changes.audience = wanted.audience;
  if (current.format === 'in_person') {
    if ((wanted.venue ?? '') !== (current.venue ?? ''))
      changes.venue = wanted.venue;
    if ((wanted.address ?? '') !== (current.address ?? ''))
      changes.address = wanted.address ?? '';
  } else if ((wanted.onlineUrl ?? '') !== (current.onlineUrl ?? '')) {
    changes.onlineUrl = wanted.onlineUrl;
  }
  if (!sameInstant(wanted.startsAt, current.startsAt))
    changes.startsAt = wanted.startsAt;
  if (!sameInstant(wanted.endsAt, current.endsAt))
    changes.endsAt = wanted.endsAt;
  if (wanted.capacity !== current.capacity) changes.capacity = wanted.capacity;
  if (
    wanted.bookingDeadline &&
    !sameInstant(wanted.bookingDeadline, current.bookingDeadline)
  )
    changes.bookingDeadline = wanted.bookingDeadline;
  return changes;
}

function sameInstant(a: string | undefined, b: string | null): boolean {
  return a !== undefined && b !== null && Date.parse(a) === Date.parse(b);
}
