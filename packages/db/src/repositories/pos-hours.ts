/** A UTC hour as the hour totals key it: the first 13 characters of a stored instant, 'YYYY-MM-DDTHH'. */
export const HOUR_LENGTH = 13;

const HOUR_MS = 3_600_000;

/** The hour key of an instant (ISO-8601 UTC text, as stored). */
export function hourOf(instant: string): string {
  return instant.slice(0, HOUR_LENGTH);
}

/** The first whole hour at or after an instant, as an instant. */
export function ceilHour(instant: string): string {
  const ms = Date.parse(instant);
  return new Date(Math.ceil(ms / HOUR_MS) * HOUR_MS).toISOString();
}

/** The whole hour at or before an instant, as an instant. */
export function floorHour(instant: string): string {
  const ms = Date.parse(instant);
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString();
}
