// Calendar dates (a contract's end, a closing date) have no time of day and no time zone. The API takes and
// gives them as "2027-03-31". The date picker works with a Date at local midnight; these convert between the two
// using the local calendar fields only, so no time-zone arithmetic can move a date by a day.

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
/** Three letters each, as GOV.UK writes them ("Sep", where Intl's en-GB gives "Sept"). */
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A picked day (local midnight) → "2027-03-31". */
export function toPlainDate(day: Date): string {
  const year = String(day.getFullYear()).padStart(4, '0');
  const month = String(day.getMonth() + 1).padStart(2, '0');
  const date = String(day.getDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}

/** "2027-03-31" → that day at local midnight, for the date picker; null when the text is not a date. */
export function fromPlainDate(text: string | null | undefined): Date | null {
  const match = PLAIN_DATE.exec(text ?? '');
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** "2027-03-31" → "31 March 2027". */
export function formatPlainDate(text: string | null | undefined): string {
  const match = PLAIN_DATE.exec(text ?? '');
  if (!match) return '';
  return dateFormat.format(utcDay(match));
}

/** The first day of a calendar quarter, "2027-01-01" → "Jan to Mar 2027". */
export function quarterLabel(quarterStart: string): string {
  const match = PLAIN_DATE.exec(quarterStart);
  if (!match) return quarterStart;
  const first = utcDay(match);
  const last = new Date(
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 2, 1),
  );
  const year = last.getUTCFullYear();
  const firstYear = first.getUTCFullYear();
  const from = SHORT_MONTHS[first.getUTCMonth()];
  const to = SHORT_MONTHS[last.getUTCMonth()];
  return firstYear === year
    ? `${from} to ${to} ${year}`
    : `${from} ${firstYear} to ${to} ${year}`;
}

/** Today's date in England, "2027-03-31". */
export function londonToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function utcDay(match: RegExpExecArray): Date {
  return new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])),
  );
}
