import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Every date-only string in a value, rewritten as .NET writes a DateTime: `2026-03-13T00:00:00`. */
export function withTimeParts(value: unknown): unknown {
  if (typeof value === 'string') return DATE_ONLY.test(value) ? `${value}T00:00:00` : value;
  if (Array.isArray(value)) return value.map(withTimeParts);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTimeParts(v)]));
  }
  return value;
}

/**
 * The `datesWithTime` fault: PowerOffice's `format: date` members have been seen written with a
 * time part. When it is on, every /v2 answer carries its dates that way.
 */
export function registerDateTimeFault(app: FastifyInstance, ctx: SimContext): void {
  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (!ctx.store.faults.datesWithTime || !/^\/(demo\/)?v2\//i.test(request.url)) return payload;
    return withTimeParts(payload);
  });
}
