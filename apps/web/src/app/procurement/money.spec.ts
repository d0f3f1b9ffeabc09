import { formatPence, penceToPoundsText, poundsToPence } from './money';

describe('poundsToPence', () => {
  it.each([
    ['410,000.10', 41000010],
    ['£410,000.10', 41000010],
    ['12.3', 1230],
    ['12.30', 1230],
    ['0.29', 29],
    ['1.15', 115],
    ['250', 25000],
    [' 1,000 ', 100000],
    ['0', 0],
    ['1000000000', 100000000000],
  ])('reads %p as %p pence exactly', (typed, pence) => {
    expect(poundsToPence(typed)).toEqual({ pence });
  });

  it('refuses more than 2 digits of pence, saying why', () => {
    expect(poundsToPence('12.345')).toEqual({
      error:
        'Enter the amount in pounds and pence, with no more than 2 digits after the decimal point, like 410,000.10',
    });
  });

  it('refuses negative amounts, saying why', () => {
    expect(poundsToPence('-5')).toEqual({
      error: 'Enter an amount of £0 or more',
    });
    expect(poundsToPence('£-5.00')).toEqual({
      error: 'Enter an amount of £0 or more',
    });
  });

  it('refuses words, misplaced commas and empty answers', () => {
    expect(poundsToPence('ten pounds').error).toBe(
      'Enter the amount in pounds and pence, like 410,000.10',
    );
    expect(poundsToPence('1,00').error).toBe(
      'Enter the amount in pounds and pence, like 410,000.10',
    );
    expect(poundsToPence('1e5').error).toBe(
      'Enter the amount in pounds and pence, like 410,000.10',
    );
    expect(poundsToPence('  ').error).toBe('Enter an amount in pounds');
  });

  it('refuses more than £1bn', () => {
    expect(poundsToPence('1000000000.01').error).toBe(
      'Enter an amount of £1,000,000,000 or less',
    );
    expect(poundsToPence('99999999999999999999').error).toBe(
      'Enter an amount of £1,000,000,000 or less',
    );
  });
});

describe('formatPence', () => {
  it('shows pence as pounds the British way', () => {
    expect(formatPence(41000010)).toBe('£410,000.10');
    expect(formatPence(41000000)).toBe('£410,000');
    expect(formatPence(5)).toBe('£0.05');
    expect(formatPence(null)).toBe('');
  });
});

describe('penceToPoundsText', () => {
  it('gives back what a person would type', () => {
    expect(penceToPoundsText(41000010)).toBe('410000.10');
    expect(penceToPoundsText(1230)).toBe('12.30');
    expect(penceToPoundsText(25000)).toBe('250');
    expect(penceToPoundsText(null)).toBe('');
  });
});
