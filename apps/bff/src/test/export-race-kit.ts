import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { cardSale, type ExportKit, type SimVoucher } from './export-test-kit';
import type { DayClaimPurpose } from '../services/export/day-claim';

/*
 * Helpers for the tests of a day's claim: days transferred and then changed (so a correction has
 * something to post), correction and reversal requests on a chosen instance, a wait for the moment
 * one of them holds the day, and what PowerOffice (the simulator) holds for a day afterwards.
 */

/** Each day gets a sale, is transferred, then gets a late sale: ready for a correction or a reversal. */
export async function transferThenChange(
  kit: ExportKit,
  days: readonly string[],
  prefix: string,
): Promise<void> {
  await kit.ingest(days.map((d, i) => cardSale(`${prefix}A${i}`, d, 10_000 + i)));
  const first = await kit.transfer(days[0]!, days[days.length - 1]!);
  expect(first.status).toBe('done');
  expect(first.days.filter((d) => days.includes(d.businessDay)).map((d) => d.status)).toEqual(
    days.map(() => 'sent'),
  );
  await kit.ingest(
    days.map((d, i) => ({ ...cardSale(`${prefix}B${i}`, d, 2_000 + i), closedAt: `${d}T20:00:00+01:00` })),
  );
}

/** POST …/days/:date/correction or …/reverse through `app` (either instance: the session is in the database). */
export function dayAction(
  kit: ExportKit,
  app: FastifyInstance,
  action: 'correction' | 'reverse',
  day: string,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/departments/${kit.departmentId}/export/days/${day}/${action}`,
    cookies: kit.accountant.cookies,
    headers: kit.accountant.headers,
  });
}

/**
 * Resolves once `reached()` is true, or once `request` has already answered: either way, what
 * starts next comes after that point of `request`. Fails after `timeoutMs`.
 */
async function until(
  reached: () => Promise<boolean>,
  request: Promise<unknown>,
  what: string,
  timeoutMs: number,
): Promise<void> {
  let done = false;
  // Only whether it answered; the caller awaits `request` itself and sees its failure there.
  void request.then(
    () => (done = true),
    () => (done = true),
  );
  const deadline = Date.now() + timeoutMs;
  while (!done && !(await reached())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Until `purpose` holds the day's claim (or `request` answered). */
export function heldOrDone(
  kit: ExportKit,
  day: string,
  purpose: DayClaimPurpose,
  request: Promise<unknown>,
  timeoutMs = 30_000,
): Promise<void> {
  const reached = async () => {
    const claim = await kit.app.db
      .selectFrom('export_day_claims')
      .select('purpose')
      .where('department_id', '=', kit.departmentId)
      .where('business_day', '=', day)
      .executeTakeFirst();
    return claim?.purpose === purpose;
  };
  return until(reached, request, `${purpose} did not take ${day}`, timeoutMs);
}

/** Until a correction of the day is being sent to PowerOffice (or `request` answered). */
export function sendingOrDone(
  kit: ExportKit,
  day: string,
  request: Promise<unknown>,
  timeoutMs = 30_000,
): Promise<void> {
  const reached = async () => {
    const sending = await kit.app.db
      .selectFrom('export_postings')
      .select('id')
      .where('department_id', '=', kit.departmentId)
      .where('business_day', '=', day)
      .where('correction', '>', 0)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return sending !== undefined;
  };
  return until(reached, request, `no correction of ${day} was sent`, timeoutMs);
}

type PostedVoucher = SimVoucher & { ReversalOfVoucherId: string | null };

/**
 * What PowerOffice holds for `day`: every voucher dated it, the active ones (neither reversed nor
 * a reversal), and the net amount per account over all of them (in øre).
 */
export async function heldFor(kit: ExportKit, day: string) {
  const all = ((await kit.vouchers()) as PostedVoucher[]).filter((v) => v.VoucherDate === day);
  const active = all.filter(
    (v) => !v.IsReversed && v.VoucherType !== 'ReversalVoucher' && v.ReversalOfVoucherId === null,
  );
  const net = (vouchers: PostedVoucher[]) => {
    const byAccount = new Map<number, number>();
    for (const l of vouchers.flatMap((v) => v.VoucherLines))
      byAccount.set(l.AccountId, (byAccount.get(l.AccountId) ?? 0) + Math.round(l.CurrencyAmount * 100));
    return Object.fromEntries([...byAccount].filter(([, ore]) => ore !== 0).sort(([a], [b]) => a - b));
  };
  return { all, active, net: net(all), activeNet: net(active) };
}

/**
 * The day is booked once: exactly one active voucher, of version `version`, and everything dated
 * the day (originals, corrections, reversals) nets to exactly that voucher.
 */
export async function expectBookedOnce(kit: ExportKit, day: string, version: number): Promise<void> {
  const held = await heldFor(kit, day);
  const compact = day.replaceAll('-', '');
  expect(
    held.active.map((v) => v.ExternalImportReference),
    `${day}: active vouchers`,
  ).toEqual([expect.stringMatching(new RegExp(`-${compact}-v${version}$`))]);
  expect(held.net, `${day}: net of every voucher of the day`).toEqual(held.activeNet);
}
