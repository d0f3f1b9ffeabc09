import {
  eventWhen,
  londonClockTimeOf,
  londonDayOf,
  londonInstant,
  monthLabel,
  monthsFrom,
  parseClockTime,
  toApiTime,
} from './london-time';

describe('UK time for events', () => {
  describe('parseClockTime', () => {
    it.each([
      ['9:30', { hours: 9, minutes: 30 }],
      ['09:30', { hours: 9, minutes: 30 }],
      ['9.30', { hours: 9, minutes: 30 }],
      ['14:00', { hours: 14, minutes: 0 }],
      ['2pm', { hours: 14, minutes: 0 }],
      ['2:15 pm', { hours: 14, minutes: 15 }],
      ['12pm', { hours: 12, minutes: 0 }],
      ['12:30am', { hours: 0, minutes: 30 }],
      ['9.30a.m.', { hours: 9, minutes: 30 }],
    ])('reads %s', (text, time) => {
      expect(parseClockTime(text)).toEqual(time);
    });

    it.each(['', 'half nine', '24:00', '9:60', '13pm', '930'])(
      'refuses %p',
      (text) => {
        expect(parseClockTime(text)).toBeNull();
      },
    );
  });

  describe('londonInstant', () => {
    // Date picker values: midnight on the device, whatever its time zone.
    const day = (year: number, month: number, date: number) =>
      new Date(year, month - 1, date);

    it('takes British Summer Time off: 9:30am on 29 March 2027 is 08:30 UTC', () => {
      const instant = londonInstant(day(2027, 3, 29), {
        hours: 9,
        minutes: 30,
      });
      expect(instant && toApiTime(instant)).toBe('2027-03-29T08:30:00Z');
    });

    it('leaves winter times alone: 9:30am on 1 March 2027 is 09:30 UTC', () => {
      const instant = londonInstant(day(2027, 3, 1), { hours: 9, minutes: 30 });
      expect(instant && toApiTime(instant)).toBe('2027-03-01T09:30:00Z');
    });

    it('knows the clocks go back on 31 October 2027', () => {
      const before = londonInstant(day(2027, 10, 30), { hours: 9, minutes: 0 });
      const after = londonInstant(day(2027, 10, 31), { hours: 9, minutes: 0 });
      expect(before && toApiTime(before)).toBe('2027-10-30T08:00:00Z');
      expect(after && toApiTime(after)).toBe('2027-10-31T09:00:00Z');
    });

    it('has no time for the hour skipped when the clocks go forward', () => {
      expect(
        londonInstant(day(2027, 3, 28), { hours: 1, minutes: 30 }),
      ).toBeNull();
      const justAfter = londonInstant(day(2027, 3, 28), {
        hours: 2,
        minutes: 0,
      });
      expect(justAfter && toApiTime(justAfter)).toBe('2027-03-28T01:00:00Z');
    });
  });

  it('turns an instant back into the UK day and time a form shows', () => {
    const day = londonDayOf('2027-06-30T23:30:00Z');
    expect([day.getFullYear(), day.getMonth() + 1, day.getDate()]).toEqual([
      2027, 7, 1,
    ]);
    expect(londonClockTimeOf('2027-06-30T23:30:00Z')).toBe('00:30');
    expect(londonClockTimeOf('2027-01-15T14:05:00Z')).toBe('14:05');
  });

  it('lists months from the UK month of now', () => {
    // 11:30pm on 31 December in the UK is still December.
    expect(monthsFrom(new Date('2026-12-31T23:30:00Z'), 3)).toEqual([
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthLabel('2027-03')).toBe('March 2027');
  });

  it('says when an event happens in words', () => {
    expect(eventWhen('2027-03-29T08:30:00Z', '2027-03-29T11:00:00Z')).toBe(
      'Monday 29 March 2027, 9:30am to 12:00pm',
    );
    expect(eventWhen('2027-03-29T08:30:00Z', '2027-03-30T15:00:00Z')).toBe(
      'Monday 29 March 2027 at 9:30am to Tuesday 30 March 2027 at 4:00pm',
    );
  });
});
