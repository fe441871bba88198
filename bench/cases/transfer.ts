import { HttpError, type BffClient } from '../lib/http';
import { single, type ResultRow } from '../lib/report';
import type { Simulator } from '../lib/simulator';

export const LATENCY_MS = 50;
export const RATE_PER_SECOND = 10;

interface TransferDto {
  status: 'queued' | 'running' | 'done' | 'failed' | 'done_with_failures';
  progress: { total: number; done: number };
  days: { businessDay: string; status: string; message: string | null }[];
}

interface Posted {
  Vouchers: {
    ClientName: string;
    VoucherType: string;
    VoucherDate?: string;
    ExternalImportReference?: string | null;
    ReversalOfVoucherId?: unknown;
  }[];
}

/**
 * The fastest the rate limit allows for n requests: a sliding one-second window of `rate`
 * requests lets request k + rate start no earlier than 1 s after request k, so the last of n
 * starts ⌈n / rate⌉ − 1 seconds after the first, and takes the latency to answer.
 */
export function rateLimitFloorMs(requests: number, rate = RATE_PER_SECOND, latencyMs = LATENCY_MS): number {
  if (requests === 0) return 0;
  return (Math.ceil(requests / rate) - 1) * 1000 + latencyMs;
}

/**
 * Backfill of a year for one department: POST …/export/transfers as the accountant, then poll
 * GET /api/transfers/{id} until it is done. The simulator answers every call 50 ms late and allows
 * 10 requests/second; its log gives the requests the transfer made, its ledger the vouchers.
 */
export async function runTransferCase(
  accountant: BffClient,
  sim: Simulator,
  departmentId: string,
  from: string,
  to: string,
): Promise<ResultRow[]> {
  const goal = '≤ 1.2 × floor';
  await sim.admin('POST', '/_sim/faults', { latencyMs: LATENCY_MS });
  const firstRequest = sim.log.length;
  const started = performance.now();
  let transferId: string;
  try {
    transferId = (
      await accountant.ok<{ transferId: string }>(
        'POST',
        `/api/departments/${departmentId}/export/transfers`,
        { from, to },
      )
    ).transferId;
  } catch (error) {
    const note =
      error instanceof HttpError && error.status === 404
        ? 'not available: POST …/export/transfers answers 404'
        : `error: ${(error as Error).message}`;
    return [{ case: 4, what: 'backfill transfer, 365 days', unit: 's', sample: null, goal, met: null, note }];
  }
  let transfer: TransferDto;
  for (;;) {
    transfer = await accountant.ok<TransferDto>('GET', `/api/transfers/${transferId}`);
    if (
      transfer.status === 'done' ||
      transfer.status === 'failed' ||
      transfer.status === 'done_with_failures'
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const elapsedMs = performance.now() - started;
  await sim.admin('DELETE', '/_sim/faults');

  const requests = sim.log.slice(firstRequest);
  const limited = requests.filter((r) => r.status === 429).length;
  const made = requests.length - limited;
  const floorMs = rateLimitFloorMs(made);
  const posts = requests.filter(
    (r) => r.method === 'POST' && /(Manual|Cash)Journals/i.test(r.path) && r.status < 300,
  ).length;
  const uploads = requests.filter(
    (r) => r.method === 'PUT' && /VoucherDocumentation/i.test(r.path) && r.status < 300,
  ).length;

  const posted = await sim.admin<Posted>('GET', '/_sim/posted');
  const vouchers = posted.Vouchers.filter(
    (v) => v.ClientName === 'Demo Restaurant AS' && !v.ReversalOfVoucherId,
  );
  const duplicateRefs = vouchers.length - new Set(vouchers.map((v) => v.ExternalImportReference)).size;
  const duplicateDays = vouchers.length - new Set(vouchers.map((v) => v.VoucherDate)).size;

  const byStatus = new Map<string, number>();
  for (const d of transfer.days) byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1);
  const statusText = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
  const unhandled429 = transfer.days.filter(
    (d) => d.status === 'failed' && /429|rate limit/i.test(d.message ?? ''),
  ).length;
  const failed = byStatus.get('failed') ?? 0;
  const blocked = byStatus.get('blocked') ?? 0;
  const firstProblem = transfer.days.find((d) => d.status === 'failed' || d.status === 'blocked')?.message;
  const within = elapsedMs <= 1.2 * floorMs;

  return [
    {
      case: 4,
      what: `backfill ${transfer.days.length} days: total (${statusText}${transfer.status === 'failed' ? ', transfer failed' : ''})`,
      unit: 's',
      sample: single(elapsedMs / 1000),
      goal,
      met: within && transfer.status === 'done' && failed === 0 && blocked === 0,
      ...(firstProblem ? { note: firstProblem.slice(0, 120) } : {}),
    },
    {
      case: 4,
      what: `backfill: floor of ${made} requests (${posts} vouchers, ${uploads} uploads) at ${RATE_PER_SECOND}/s + ${LATENCY_MS} ms`,
      unit: 's',
      sample: single(floorMs / 1000),
      goal: '',
      met: null,
    },
    {
      case: 4,
      what: 'backfill: total ÷ floor',
      unit: '×',
      sample: single(floorMs ? elapsedMs / floorMs : 0),
      goal: '≤ 1.2',
      met: within,
    },
    {
      case: 4,
      what: `backfill: duplicate vouchers (by reference / by day)`,
      unit: 'count',
      sample: single(Math.max(duplicateRefs, duplicateDays)),
      goal: '0',
      met: duplicateRefs === 0 && duplicateDays === 0,
    },
    {
      case: 4,
      what: 'backfill: days failed on a 429 (unhandled)',
      unit: 'count',
      sample: single(unhandled429),
      goal: '0',
      met: unhandled429 === 0,
    },
    {
      case: 4,
      what: 'backfill: 429 answers the simulator gave',
      unit: 'count',
      sample: single(limited),
      goal: '',
      met: null,
    },
  ];
}
