import { describe, expect, it } from 'vitest';
import {
  businessDayOf,
  businessDayWindow,
  groupByBusinessDay,
  hasBusinessDayEnded,
  listBusinessDays,
} from './business-day';
import { formatOsloInstant, fromOsloLocal, osloOffsetMinutes } from './oslo-time';

describe('Europe/Oslo offsets', () => {
  it('agree with Intl tz data every 20 minutes across the 2026 transitions and hourly for a sample of years', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });
    const intlOffset = (ms: number) => {
      const name = intl.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
      return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const instants: number[] = [];
    for (const [from, to] of [
      ['2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z'],
      ['2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z'],
    ] as const) {
      for (let ms = Date.parse(from); ms < Date.parse(to); ms += 20 * 60_000) instants.push(ms);
    }
    for (let year = 1997; year <= 2040; year += 3) {
      for (let ms = Date.UTC(year, 0, 1); ms < Date.UTC(year + 1, 0, 1); ms += 3_600_000 * 7)
        instants.push(ms);
    }
    const mismatches = instants.filter((ms) => osloOffsetMinutes(ms) !== intlOffset(ms));
    expect(mismatches).toEqual([]);
  });

  it('resolves a skipped wall time forward and a repeated one to its first occurrence', () => {
    expect(new Date(fromOsloLocal('2026-03-29', 150)).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 → 03:30
    expect(new Date(fromOsloLocal('2026-10-25', 150)).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // first 02:30
  });
});

describe('business days', () => {
  it('runs an ordinary day 05:00 to 05:00 local, 24 h', () => {
    expect(businessDayWindow('2026-03-13', '05:00')).toMatchObject({
      start: '2026-03-13T04:00:00.000Z',
      end: '2026-03-14T04:00:00.000Z',
      hours: 24,
    });
  });

  it('is 23 h on the spring-forward day (last Sunday of March, 02:00→03:00)', () => {
    const day = businessDayWindow('2026-03-28', '05:00');
    expect(day).toMatchObject({
      start: '2026-03-28T04:00:00.000Z',
      end: '2026-03-29T03:00:00.000Z',
      hours: 23,
    });
    expect(businessDayWindow('2026-03-29', '05:00').hours).toBe(24);
  });

  it('is 25 h on the fall-back day (last Sunday of October, 03:00→02:00)', () => {
    const day = businessDayWindow('2026-10-24', '05:00');
    expect(day).toMatchObject({
      start: '2026-10-24T03:00:00.000Z',
      end: '2026-10-25T04:00:00.000Z',
      hours: 25,
    });
  });

  it('puts both 02:30s of the fall-back night on the day before', () => {
    expect(businessDayOf('2026-10-25T02:30:00+02:00', '05:00')).toBe('2026-10-24');
    expect(businessDayOf('2026-10-25T02:30:00+01:00', '05:00')).toBe('2026-10-24');
    expect(businessDayOf('2026-10-25T04:59:59+01:00', '05:00')).toBe('2026-10-24');
    expect(businessDayOf('2026-10-25T05:00:00+01:00', '05:00')).toBe('2026-10-25');
  });

  it('handles the spring-forward night at 03:30 (right after the gap)', () => {
    expect(businessDayOf('2026-03-29T03:30:00+02:00', '05:00')).toBe('2026-03-28');
    expect(businessDayOf('2026-03-29T05:00:00+02:00', '05:00')).toBe('2026-03-29');
  });

  it('keeps orders after midnight on the day before, and the start instant on the new day', () => {
    expect(businessDayOf('2026-03-14T01:30:00+01:00', '05:00')).toBe('2026-03-13');
    expect(businessDayOf('2026-03-14T00:30:00Z', '05:00')).toBe('2026-03-13');
    expect(businessDayOf('2026-03-14T04:59:59+01:00', '05:00')).toBe('2026-03-13');
    expect(businessDayOf('2026-03-14T05:00:00+01:00', '05:00')).toBe('2026-03-14');
    expect(businessDayOf('2026-03-14T23:59:00+01:00', '00:00')).toBe('2026-03-14');
  });

  it('uses a start time inside the spring gap consistently with the windows', () => {
    const window = businessDayWindow('2026-03-29', '02:30');
    expect(window.start).toBe('2026-03-29T01:30:00.000Z'); // 03:30 local
    expect(businessDayOf('2026-03-29T03:15:00+02:00', '02:30')).toBe('2026-03-28');
    expect(businessDayOf(window.startMs, '02:30')).toBe('2026-03-29');
  });

  it('lists the days of a period, across a month end', () => {
    expect(listBusinessDays('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
    expect(listBusinessDays('2026-03-02', '2026-03-01')).toEqual([]);
  });

  it('says a day has ended only after its end plus the grace', () => {
    expect(hasBusinessDayEnded('2026-03-13', '05:00', '2026-03-14T04:59:59+01:00')).toBe(false);
    expect(hasBusinessDayEnded('2026-03-13', '05:00', '2026-03-14T05:00:00+01:00')).toBe(true);
    expect(hasBusinessDayEnded('2026-03-13', '05:00', '2026-03-14T05:14:00+01:00', 15)).toBe(false);
    expect(hasBusinessDayEnded('2026-03-13', '05:00', '2026-03-14T05:15:00+01:00', 15)).toBe(true);
  });

  it('refuses an instant without offset and a date that does not exist', () => {
    expect(() => businessDayOf('2026-03-14T01:30:00', '05:00')).toThrow(RangeError);
    expect(() => businessDayWindow('2026-02-30', '05:00')).toThrow(RangeError);
    expect(() => businessDayWindow('2026-02-28', '5:00')).toThrow(RangeError);
  });

  it('groups items by day in date order and formats Oslo instants', () => {
    const groups = groupByBusinessDay(['2026-03-15T12:00:00Z', '2026-03-14T01:00:00+01:00'], (x) => x);
    expect([...groups.keys()]).toEqual(['2026-03-13', '2026-03-15']);
    expect(formatOsloInstant('2026-07-01T10:00:00Z')).toBe('2026-07-01T12:00:00+02:00');
  });
});
