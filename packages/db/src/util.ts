import { randomUUID } from 'node:crypto';

/** New primary key: ids are text uuids in both databases. */
export function newId(): string {
  return randomUUID();
}

/** An instant as stored: ISO-8601 UTC with milliseconds, so text order is time order. */
export function toDbInstant(date: Date = new Date()): string {
  return date.toISOString();
}

export function toBoolInt(value: boolean): 0 | 1 {
  return value ? 1 : 0;
}

export function fromBoolInt(value: number): boolean {
  return value === 1;
}
