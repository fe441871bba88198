import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDate } from './date-field';

describe('dd.mm.åååå date field', () => {
  it('reads the ways people type a day', () => {
    expect(parseDate('24.11.2026')).toBe('2026-11-24');
    expect(parseDate(' 4.5.2026 ')).toBe('2026-05-04');
    expect(parseDate('04/05/26')).toBe('2026-05-04');
    expect(parseDate('2026-05-04')).toBe('2026-05-04');
    expect(parseDate('29.02.2028')).toBe('2028-02-29');
  });

  it('refuses what is not a calendar day', () => {
    expect(parseDate('31.11.2026')).toBeNull();
    expect(parseDate('29.02.2026')).toBeNull();
    expect(parseDate('11/24/2026')).toBeNull();
    expect(parseDate('24.11')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('writes a day as dd.mm.åååå', () => {
    expect(formatDateInput('2026-05-04')).toBe('04.05.2026');
  });
});
