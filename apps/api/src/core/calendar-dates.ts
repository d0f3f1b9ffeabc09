/** Calendar dates (YYYY-MM-DD, no time of day), as closing dates, due dates and visit dates are kept. */

/** Today's date in England, as YYYY-MM-DD: closing dates are calendar dates there. */
export function todayInLondon(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A YYYY-MM-DD string that names a real calendar day (2027-02-30 does not). */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
