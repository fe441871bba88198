import {
  type ExportPreview,
  MAX_EXPORT_PERIOD_DAYS,
  sumNotTransferred,
  type VoucherProblemDto,
} from '@qo/contracts';

export interface Period {
  from: string;
  to: string;
}

/** Up to this many days the preview is one request, as before: a month arrives quickly enough whole. */
export const SINGLE_REQUEST_MAX_DAYS = 31;

/** Chunks fetched at the same time once the first month is in: one on its way while the next is asked for. */
export const CHUNKS_IN_FLIGHT = 2;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The calendar months of a period, the first and last cut to the period: 2025-01-15…2025-03-10 gives
 * 01-15…01-31, 02-01…02-28, 03-01…03-10. A period of at most SINGLE_REQUEST_MAX_DAYS, or one the
 * BFF would refuse (malformed, reversed, longer than a year), stays whole so its answer is the BFF's.
 */
export function periodChunks(period: Period): Period[] {
  const { from, to } = period;
  if (
    !ISO_DAY.test(from) ||
    !ISO_DAY.test(to) ||
    Number.isNaN(utc(from)) ||
    Number.isNaN(utc(to)) ||
    from > to
  )
    return [period];
  const days = (utc(to) - utc(from)) / DAY_MS + 1;
  if (days <= SINGLE_REQUEST_MAX_DAYS || days > MAX_EXPORT_PERIOD_DAYS) return [period];
  const chunks: Period[] = [];
  let start = from;
  while (start <= to) {
    const year = Number(start.slice(0, 4));
    const month = Number(start.slice(5, 7)); // 1-based, so (year, month, 0) is this month's last day
    const monthEnd = isoOf(Date.UTC(year, month, 0));
    chunks.push({ from: start, to: monthEnd < to ? monthEnd : to });
    start = isoOf(Date.UTC(year, month, 1));
  }
  return chunks;
}

/**
 * Which chunks may fetch, in order. While the first month (its first `firstMonth` chunks, one per
 * department) has not answered, only it: the first rows are what the user waits for, and the BFF
 * answers it faster with nothing else to build beside it. Then those already answered (so they stay
 * live and refetch when invalidated) and the first `limit` not yet answered. A failed chunk counts as
 * answered: it waits for "Prøv igjen" and does not hold up the months after it.
 */
export function enabledChunks(
  answered: readonly boolean[],
  limit = CHUNKS_IN_FLIGHT,
  firstMonth = 1,
): boolean[] {
  if (answered.slice(0, firstMonth).some((done) => !done))
    return answered.map((done, i) => done || i < firstMonth);
  let waiting = 0;
  return answered.map((done) => {
    if (done) return true;
    if (waiting >= limit) return false;
    waiting++;
    return true;
  });
}

/**
 * One department's month previews (in order, at least one) as one preview of the months they cover.
 * Every figure is per business day, so the sums are what one request for those months would answer.
 * The vouchers are the same objects, not copies. Department problems repeat in every month: once each.
 */
export function mergePreviews(parts: readonly ExportPreview[]): ExportPreview {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) throw new Error('mergePreviews needs at least one preview');
  if (parts.length === 1) return first;
  const problems = new Map<string, VoucherProblemDto>();
  for (const p of parts)
    for (const problem of p.problems) problems.set(`${problem.code}\u0000${problem.message}`, problem);
  return {
    department: first.department,
    from: first.from,
    to: last.to,
    // Read with each month; the latest answer is the freshest.
    lockDate: last.lockDate,
    vouchers: parts.flatMap((p) => p.vouchers),
    problems: [...problems.values()],
    totals: parts.reduce(
      (acc, p) => ({
        vouchers: acc.vouchers + p.totals.vouchers,
        debit: acc.debit + p.totals.debit,
        blocked: acc.blocked + p.totals.blocked,
      }),
      { vouchers: 0, debit: 0, blocked: 0 },
    ),
    notTransferred: sumNotTransferred(parts.map((p) => p.notTransferred)),
  };
}
