import type { FormControl } from '@angular/forms';
import type { MatDateFormats } from '@angular/material/core';
import type { FormProblem } from '../shared/error-summary';
import { poundsToPence } from './money';
import { toPlainDate } from '../shared/plain-date';

// Reading the answers of the procurement forms: each reader adds its problems, in GOV.UK words, to the list given.

/** Dates are typed the British way ("31/3/2027") or picked from the calendar, and shown as "31 March 2027". */
export const PROCUREMENT_DATE_FORMATS: MatDateFormats = {
  parse: {
    dateInput: ['d/M/yyyy', 'd MMMM yyyy', 'd MMM yyyy'],
    timeInput: 'p',
  },
  display: {
    dateInput: 'd MMMM yyyy',
    timeInput: 'p',
    monthYearLabel: 'LLL yyyy',
    dateA11yLabel: 'EEEE d MMMM yyyy',
    monthYearA11yLabel: 'LLLL yyyy',
    timeOptionLabel: 'p',
  },
};

/** A picked or typed day as "2027-03-31"; null (with a problem when `missingMessage` is given) when there is none. */
export function readPlainDate(
  control: FormControl<Date | null>,
  fieldId: string,
  missingMessage: string | null,
  problems: FormProblem[],
): string | null {
  // The date picker leaves null and flags the text when what was typed is not a date.
  if (control.hasError('matDatepickerParse')) {
    problems.push({ fieldId, message: 'Enter a real date, like 31/3/2027' });
    return null;
  }
  const day = control.value;
  if (!day) {
    if (missingMessage) problems.push({ fieldId, message: missingMessage });
    return null;
  }
  if (day.getFullYear() < 2000 || day.getFullYear() > 2100) {
    problems.push({ fieldId, message: 'Enter the year in full, like 2027' });
    return null;
  }
  return toPlainDate(day);
}

/** An amount in pounds as exact pence; `what` is "the estimated annual value", … */
export function readPounds(
  text: string,
  fieldId: string,
  what: string,
  problems: FormProblem[],
): number | null {
  if (text.trim() === '') {
    problems.push({ fieldId, message: `Enter ${what} in pounds` });
    return null;
  }
  const reading = poundsToPence(text);
  if (reading.error !== undefined) {
    problems.push({ fieldId, message: reading.error });
    return null;
  }
  return reading.pence;
}

/** Required text: trimmed, and no longer than `max`. */
export function readText(
  text: string,
  fieldId: string,
  missingMessage: string | null,
  tooLongMessage: string,
  max: number,
  problems: FormProblem[],
): string {
  const value = text.trim();
  if (value === '' && missingMessage)
    problems.push({ fieldId, message: missingMessage });
  else if (value.length > max)
    problems.push({ fieldId, message: tooLongMessage });
  return value;
}

/**
 * The API's messages after a refused change, each against the field it is about when its words say which
 * (the API's messages name their field: "Enter a title", "The closing date must be …").
 */
export function apiProblemsFor(
  messages: string[],
  fields: readonly { fieldId: string; words: RegExp }[],
): FormProblem[] {
  return messages.map((message) => {
    const field = fields.find((candidate) => candidate.words.test(message));
    return field ? { message, fieldId: field.fieldId } : { message };
  });
}
