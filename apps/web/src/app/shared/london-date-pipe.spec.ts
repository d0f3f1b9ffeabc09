import { formatLondon } from './london-date-pipe';

describe('formatLondon', () => {
  it('shows winter times as they are (GMT)', () => {
    expect(formatLondon('2026-01-15T09:30:00Z', 'dateTime')).toBe(
      '15 January 2026 at 9:30am',
    );
  });

  it('adds an hour in British Summer Time, which can change the date', () => {
    expect(formatLondon('2026-06-30T23:30:00Z', 'dateTime')).toBe(
      '1 July 2026 at 12:30am',
    );
    expect(formatLondon('2026-06-30T23:30:00Z')).toBe('1 July 2026');
  });

  it('shows afternoon times with pm', () => {
    expect(formatLondon('2026-09-03T13:05:00Z', 'time')).toBe('2:05pm');
  });

  it('shows nothing for a missing or broken date', () => {
    expect(formatLondon(null)).toBe('');
    expect(formatLondon('not a date')).toBe('');
  });
});
