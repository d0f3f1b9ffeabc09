import { MAX_PENCE } from '@alliance/contracts';

/** What a person typed as an amount in pounds: the exact number of pence, or why it cannot be read. */
export type PoundsReading =
  | { pence: number; error?: undefined }
  | { pence?: undefined; error: string };

const POUNDS = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const poundsFormat = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
});
const wholePoundsFormat = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
});

/**
 * Reads "£410,000.10", "12.3" or "250" as a whole number of pence, working on the digits as text
 * so that no floating-point rounding can creep in ("12.3" is 1230, never 1229).
 */
export function poundsToPence(typed: string): PoundsReading {
  const text = typed.trim().replace(/^£\s*/, '');
  if (text === '') return { error: 'Enter an amount in pounds' };
  if (/^[-−]/.test(text) || /^£?\s*-/.test(typed.trim()))
    return { error: 'Enter an amount of £0 or more' };
  const match = POUNDS.exec(text);
  if (!match) {
    if (/^[\d,]*\.\d{3,}$/.test(text))
      return {
        error:
          'Enter the amount in pounds and pence, with no more than 2 digits after the decimal point, like 410,000.10',
      };
    return {
      error: 'Enter the amount in pounds and pence, like 410,000.10',
    };
  }
  const pounds = match[1].replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const pence = (match[2] ?? '').padEnd(2, '0');
  // More than 10 digits of pounds is more than £1bn: refuse before building a number that may lose precision.
  if (pounds.length > 10) return { error: tooMuch() };
  const total = Number(pounds) * 100 + Number(pence);
  if (total > MAX_PENCE) return { error: tooMuch() };
  return { pence: total };
}

/** 41000010 → "£410,000.10"; whole pounds are shown without pence: 41000000 → "£410,000". */
export function formatPence(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  // Division happens only for display; the amount itself stays whole pence.
  return pence % 100 === 0
    ? wholePoundsFormat.format(pence / 100)
    : poundsFormat.format(pence / 100);
}

/** The amount as it is typed back into a form: 41000010 → "410000.10". */
export function penceToPoundsText(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return '';
  const pounds = Math.trunc(pence / 100);
  const rest = pence % 100;
  return rest === 0
    ? String(pounds)
    : `${pounds}.${String(rest).padStart(2, '0')}`;
}

function tooMuch(): string {
  return `Enter an amount of ${wholePoundsFormat.format(MAX_PENCE / 100)} or less`;
}
