import { describe, expect, it } from 'vitest';
import { normalizeTime } from './time-field';

describe('24-hour time field', () => {
  it('reads the ways people type a time as tt:mm', () => {
    expect(normalizeTime('05:00')).toBe('05:00');
    expect(normalizeTime('5:30')).toBe('05:30');
    expect(normalizeTime('0500')).toBe('05:00');
    expect(normalizeTime('23.59')).toBe('23:59');
  });

  it('refuses what is not a time of day', () => {
    expect(normalizeTime('24:00')).toBeNull();
    expect(normalizeTime('05:60')).toBeNull();
    expect(normalizeTime('5 AM')).toBeNull();
    expect(normalizeTime('')).toBeNull();
  });
});
