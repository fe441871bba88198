import type { BffClient } from '../lib/http';
import { ratio, type ResultRow } from '../lib/report';
import { peakRssDuring } from '../lib/rss';
import { measure, type Sample } from '../lib/stats';
import type { Aggregate } from './bare-aggregate';

export class NotAvailable extends Error {}

/**
 * GET /api/departments/{id}/export/preview for each department in turn, over HTTP as the browser
 * calls it; the time runs until the whole body is read. Returns the bytes received.
 */
async function previewAll(
  client: BffClient,
  departmentIds: readonly string[],
  from: string,
  to: string,
): Promise<number> {
  let bytes = 0;
  for (const id of departmentIds) {
    const res = await client.request('GET', `/api/departments/${id}/export/preview?from=${from}&to=${to}`);
    // The departments exist (they come from the list): a 404 here is the route missing.
    if (res.status === 404)
      throw new NotAvailable('not available: GET …/export/preview answers 404 (route not built yet)');
    if (res.status !== 200)
      throw new Error(`preview ${id} ${from}…${to} → ${res.status} ${res.text.slice(0, 300)}`);
    bytes += res.text.length;
  }
  return bytes;
}

export interface PreviewCase {
  number: number;
  label: string;
  departmentIds: readonly string[];
  from: string;
  to: string;
  runs: number;
  /** Case 6: sample the BFF's peak RSS during the route runs. */
  rssOfPid?: number;
}

export async function runPreviewCase(
  client: BffClient,
  bare: Aggregate,
  c: PreviewCase,
): Promise<{ rows: ResultRow[]; bytes: number; rssRow?: ResultRow }> {
  const goal = '≤ 1.5 × bare';
  let bytes = 0;
  let route: Sample;
  let rssRow: ResultRow | undefined;
  try {
    const timed = () =>
      measure(c.runs, async () => (bytes = await previewAll(client, c.departmentIds, c.from, c.to)));
    if (c.rssOfPid !== undefined) {
      const { result, rss } = await peakRssDuring(c.rssOfPid, timed);
      route = result;
      rssRow = {
        case: 6,
        what: `BFF peak RSS during case 2 (from ${rss.beforeMb.toFixed(0)} MB${rss.hwmReset ? '' : ', sampled'})`,
        unit: 'MB',
        sample: { median: rss.peakMb, min: rss.peakMb, max: rss.peakMb, runs: [rss.peakMb] },
        goal: '≤ 300 MB',
        met: rss.peakMb <= 300,
      };
    } else {
      route = await timed();
    }
  } catch (error) {
    const note = error instanceof NotAvailable ? error.message : `error: ${(error as Error).message}`;
    const row: ResultRow = {
      case: c.number,
      what: `${c.label}: BFF route`,
      unit: 'ms',
      sample: null,
      goal,
      met: null,
      note,
    };
    return {
      rows: [row],
      bytes: 0,
      ...(c.rssOfPid !== undefined
        ? { rssRow: { ...row, case: 6, what: 'BFF peak RSS during case 2', unit: 'MB', goal: '≤ 300 MB' } }
        : {}),
    };
  }
  let aggregateRows = 0;
  const sql = await measure(c.runs, async () => {
    aggregateRows = 0;
    for (const id of c.departmentIds) aggregateRows += await bare.run(id, c.from, c.to);
  });
  const r = ratio(route, sql);
  return {
    bytes,
    ...(rssRow ? { rssRow } : {}),
    rows: [
      {
        case: c.number,
        what: `${c.label}: BFF route (${(bytes / 1e6).toFixed(1)} MB JSON)`,
        unit: 'ms',
        sample: route,
        goal: '',
        met: null,
      },
      {
        case: c.number,
        what: `${c.label}: bare SQL aggregate (${aggregateRows} groups)`,
        unit: 'ms',
        sample: sql,
        goal: '',
        met: null,
      },
      { case: c.number, what: `${c.label}: route ÷ bare`, unit: '×', sample: r, goal, met: r.median <= 1.5 },
    ],
  };
}
