/**
 * Europe/Oslo wall-clock arithmetic without a time-zone database. Norway has followed the EU rule
 * since 1996: UTC+1, and UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
 * Sunday of October (local 02:00→03:00 in spring, 03:00→02:00 in autumn). Tests hold this to
 * Intl's tz data. Instants are epoch milliseconds; calendar days are proleptic Gregorian.
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  month: number; // 1..12
  day: number;
}

/** Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses 'YYYY-MM-DD', refusing dates that do not exist (2026-02-30). */
export function parseDate(date: string): CivilDate {
  const match = DATE_RE.exec(date);
  if (!match) throw new RangeError(`expected a date YYYY-MM-DD, got "${date}"`);
  const civil = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const roundTrip = civilFromDays(daysFromCivil(civil));
  if (roundTrip.month !== civil.month || roundTrip.day !== civil.day)
    throw new RangeError(`no such date: ${date}`);
  return civil;
}

export function formatDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD' moved by n calendar days. */
export function addDays(date: string, n: number): string {
  return formatDate(civilFromDays(daysFromCivil(parseDate(date)) + n));
}

/** Day number (since epoch) of the last Sunday of a month. 1970-01-01 was a Thursday. */
function lastSundayOf(year: number, month: number): number {
  const last = daysFromCivil({ year, month: month + 1, day: 1 }) - 1;
  const weekday = (((last + 4) % 7) + 7) % 7; // 0 = Sunday
  return last - weekday;
}

/** The UTC offset of Europe/Oslo at an instant, in minutes (60 or 120). */
export function osloOffsetMinutes(epochMs: number): number {
  const { year } = civilFromDays(Math.floor(epochMs / MS_PER_DAY));
  const summerStart = lastSundayOf(year, 3) * MS_PER_DAY + 3_600_000;
  const summerEnd = lastSundayOf(year, 10) * MS_PER_DAY + 3_600_000;
  return epochMs >= summerStart && epochMs < summerEnd ? 120 : 60;
}

export interface LocalDateTime {
  date: string; // YYYY-MM-DD
  minuteOfDay: number; // 0..1439
  second: number;
  offsetMinutes: number;
}

/** The Oslo wall clock at an instant. */
export function toOsloLocal(epochMs: number): LocalDateTime {
  const offsetMinutes = osloOffsetMinutes(epochMs);
  const local = epochMs + offsetMinutes * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - days * MS_PER_DAY;
  return {
    date: formatDate(civilFromDays(days)),
    minuteOfDay: Math.floor(msOfDay / MS_PER_MINUTE),
    second: Math.floor((msOfDay % MS_PER_MINUTE) / 1000),
    offsetMinutes,
  };
}

/**
 * The instant of an Oslo wall-clock time. A time that occurs twice (autumn, 02:00–02:59) resolves
 * to the first occurrence; a time that never occurs (spring, 02:00–02:59) to the instant one hour
 * later on the clock, i.e. after the gap — the same choice as Temporal's "compatible".
 */
export function fromOsloLocal(date: string, minuteOfDay: number): number {
  const wall = daysFromCivil(parseDate(date)) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const valid = [120, 60]
    .map((offset) => wall - offset * MS_PER_MINUTE)
    .filter((instant) => wall - osloOffsetMinutes(instant) * MS_PER_MINUTE === instant);
  if (valid.length > 0) return Math.min(...valid);
  return wall - 60 * MS_PER_MINUTE;
}

const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch ms of an instant given as ISO 8601 with an offset ("Z" or ±HH:MM), a Date or epoch ms.
 * A bare local time is refused: its meaning would depend on the machine's zone.
 */
export function toEpochMs(instant: string | number | Date): number {
  if (typeof instant === 'number') return instant;
  if (instant instanceof Date) return instant.getTime();
  const ms = INSTANT_RE.test(instant) ? Date.parse(instant) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`expected an ISO 8601 instant with offset, got "${instant}"`);
  return ms;
}

/** An instant as Oslo local ISO 8601 with its offset, e.g. 2026-03-14T01:30:00+01:00. */
export function formatOsloInstant(instant: string | number | Date): string {
  const local = toOsloLocal(toEpochMs(instant));
  const hh = String(Math.floor(local.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(local.minuteOfDay % 60).padStart(2, '0');
  const ss = String(local.second).padStart(2, '0');
  return `${local.date}T${hh}:${mm}:${ss}+0${local.offsetMinutes / 60}:00`;
}
