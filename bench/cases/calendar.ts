import type { BffClient } from '../lib/http';
import { ratio, type ResultRow } from '../lib/report';
import { measure, type Sample } from '../lib/stats';
import type { Aggregate } from './bare-aggregate';
import { NotAvailable } from './preview';

/** The months 'YYYY-MM' from `from` to `to` (business days 'YYYY-MM-DD'). */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    months.push(month);
    if (month >= last) return months;
    m += 1;
    if (m === 13) [y, m] = [y + 1, 1];
  }
}

/**
 * Oversikt's calendar for a year of every department: GET /api/departments/{id}/overview/calendar
 * once per department and month (12 × 10 at full scale), one after the other, each body read in
 * full; held to the bare SQL aggregate of the same departments' days (the floor the preview is held
 * to), since the calendar is answered from the same per-day totals.
 */
export async function runCalendarCase(
  client: BffClient,
  bare: Aggregate,
  c: { departmentIds: readonly string[]; from: string; to: string; runs: number },
): Promise<ResultRow[]> {
  const goal = '≤ 1.5 × bare';
  const months = monthsOf(c.from, c.to);
  const label = `calendar ${months.length} months × ${c.departmentIds.length} depts`;
  let bytes = 0;
  let route: Sample;
  try {
    route = await measure(c.runs, async () => {
      bytes = 0;
      for (const id of c.departmentIds) {
        for (const month of months) {
          const res = await client.request('GET', `/api/departments/${id}/overview/calendar?month=${month}`);
          if (res.status === 404)
            throw new NotAvailable('not available: GET …/overview/calendar answers 404');
          if (res.status !== 200)
            throw new Error(`calendar ${id} ${month} → ${res.status} ${res.text.slice(0, 300)}`);
          bytes += res.text.length;
        }
      }
    });
  } catch (error) {
    const note = error instanceof NotAvailable ? error.message : `error: ${(error as Error).message}`;
    return [{ case: 7, what: `${label}: BFF routes`, unit: 'ms', sample: null, goal, met: null, note }];
  }
  let groups = 0;
  const sql = await measure(c.runs, async () => {
    groups = 0;
    for (const id of c.departmentIds) groups += await bare.run(id, c.from, c.to);
  });
  const r = ratio(route, sql);
  return [
    {
      case: 7,
      what: `${label}: ${c.departmentIds.length * months.length} requests (${(bytes / 1e6).toFixed(2)} MB JSON)`,
      unit: 'ms',
      sample: route,
      goal: '',
      met: null,
    },
    {
      case: 7,
      what: `${label}: bare SQL aggregate (${groups} groups)`,
      unit: 'ms',
      sample: sql,
      goal: '',
      met: null,
    },
    { case: 7, what: `${label}: routes ÷ bare`, unit: '×', sample: r, goal, met: r.median <= 1.5 },
  ];
}
