import { describe, expect, it } from 'vitest';
import {
  formatBusinessDay,
  formatDate,
  formatDateTime,
  formatNok,
  formatTime,
  oreToDecimalString,
} from './format';

// Intl writes nb-NO group separators and the space before "kr" as U+00A0, and minus as U+2212.
const nbsp = '\u00a0';

describe('formatNok', () => {
  it.each([
    [123450, `1${nbsp}234,50${nbsp}kr`],
    [0, `0,00${nbsp}kr`],
    [5, `0,05${nbsp}kr`],
    [99, `0,99${nbsp}kr`],
    [100, `1,00${nbsp}kr`],
    [-125000, `\u22121${nbsp}250,00${nbsp}kr`],
    [123456789, `1${nbsp}234${nbsp}567,89${nbsp}kr`],
  ])('%i øre → %s', (ore, expected) => {
    expect(formatNok(ore)).toBe(expected);
  });

  it('stays exact where dividing by 100 in floating point would not', () => {
    // 900719925474099 / 100 is not representable; the string path keeps every digit.
    expect(formatNok(900719925474099)).toBe(`9${nbsp}007${nbsp}199${nbsp}254${nbsp}740,99${nbsp}kr`);
  });

  it('refuses amounts that are not whole øre', () => {
    expect(() => formatNok(12.5)).toThrow(RangeError);
    expect(() => formatNok(Number.NaN)).toThrow(RangeError);
  });
});

describe('oreToDecimalString', () => {
  it('splits kroner and øre without floating point', () => {
    expect(oreToDecimalString(-7)).toBe('-0.07');
    expect(oreToDecimalString(100001)).toBe('1000.01');
  });
});

describe('dates in Europe/Oslo', () => {
  it('shows an instant after midnight UTC+1 on the Oslo date', () => {
    // 23:30 UTC on the 13th is 00:30 on the 14th in Oslo (winter time).
    expect(formatDate('2026-03-13T23:30:00Z')).toBe('14.03.2026');
    expect(formatDateTime('2026-03-13T23:30:00Z')).toBe('14.03.2026, 00:30');
  });

  it('follows daylight saving time', () => {
    expect(formatTime('2026-07-14T03:00:00Z')).toBe('05:00');
    expect(formatTime('2026-01-14T04:00:00Z')).toBe('05:00');
  });

  it('reads offsets in the input', () => {
    expect(formatDateTime('2026-03-14T01:41:07+01:00')).toBe('14.03.2026, 01:41');
  });

  it('formats a business day without shifting it', () => {
    expect(formatBusinessDay('2026-03-13')).toBe('13.03.2026');
    expect(() => formatBusinessDay('13.03.2026')).toThrow(RangeError);
  });
});
