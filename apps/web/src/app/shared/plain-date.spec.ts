import {
  formatPlainDate,
  fromPlainDate,
  londonToday,
  quarterLabel,
  toPlainDate,
} from './plain-date';

describe('plain dates', () => {
  it('turns a picked day into the date the API takes, and back, without moving it', () => {
    expect(toPlainDate(new Date(2027, 2, 31))).toBe('2027-03-31');
    expect(toPlainDate(new Date(2027, 0, 1))).toBe('2027-01-01');
    const day = fromPlainDate('2027-03-28');
    expect(day?.getFullYear()).toBe(2027);
    expect(day?.getMonth()).toBe(2);
    expect(day?.getDate()).toBe(28);
    expect(toPlainDate(day as Date)).toBe('2027-03-28');
    expect(fromPlainDate('28/3/2027')).toBeNull();
    expect(fromPlainDate(null)).toBeNull();
  });

  it('shows a date the British way', () => {
    expect(formatPlainDate('2027-03-31')).toBe('31 March 2027');
    expect(formatPlainDate('2026-10-25')).toBe('25 October 2026');
    expect(formatPlainDate(null)).toBe('');
  });

  it('names a quarter by its months', () => {
    expect(quarterLabel('2027-01-01')).toBe('Jan to Mar 2027');
    expect(quarterLabel('2026-10-01')).toBe('Oct to Dec 2026');
    expect(quarterLabel('2027-04-01')).toBe('Apr to Jun 2027');
    expect(quarterLabel('2027-07-01')).toBe('Jul to Sep 2027');
  });

  it('knows today’s date in England, late in the evening in summer', () => {
    expect(londonToday(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(londonToday(new Date('2027-01-31T23:30:00Z'))).toBe('2027-01-31');
  });
});
