import { Pipe, type PipeTransform } from '@angular/core';

export type LondonDateStyle = 'date' | 'dateTime' | 'time';

const TIME_ZONE = 'Europe/London';
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h12',
});

/**
 * A moment as people in England read it, whatever the device's time zone: "3 September 2026", "3 September 2026 at 9:30am".
 * The API sends instants in UTC; British Summer Time is applied here.
 */
export function formatLondon(
  value: string | Date | null | undefined,
  style: LondonDateStyle = 'date',
): string {
  if (value === null || value === undefined || value === '') return '';
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) return '';
  const time = timeFormat
    .formatToParts(instant)
    .filter((part) => part.type !== 'literal' || part.value === ':')
    .map((part) =>
      part.type === 'dayPeriod' ? part.value.toLowerCase() : part.value,
    )
    .join('');
  switch (style) {
    case 'time':
      return time;
    case 'dateTime':
      return `${dateFormat.format(instant)} at ${time}`;
    default:
      return dateFormat.format(instant);
  }
}

@Pipe({ name: 'londonDate' })
export class LondonDatePipe implements PipeTransform {
  transform(
    value: string | Date | null | undefined,
    style: LondonDateStyle = 'date',
  ): string {
    return formatLondon(value, style);
  }
}
