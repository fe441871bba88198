import {
  posCashMovementSchema,
  posOrderSchema,
  unstorableTextErrors,
  type FieldError,
  type PosCashMovement,
  type PosOrder,
} from '@qo/contracts';
import type { z } from 'zod';
import { hashCashMovement, hashPosOrder } from './content-hash';

/** What an order may refer to, looked up once per request for the department's company. */
export interface PosLookups {
  productTypeIds: ReadonlySet<string>;
  /** Payment type id → kind; the kind decides whether cash rounding is allowed. */
  paymentTypeKinds: ReadonlyMap<string, string>;
  /** The company's POS customer ids (external ids), as far as the batch refers to them. */
  customerIds: ReadonlySet<string>;
  /** When set, closedAt must lie inside it (the live POS route; the demo generator writes history). */
  window?: PosTimeWindow;
}

/** The instants a POS timestamp may name: a clock gone wrong or a typo (year 0001, 9999) lies outside. */
export interface PosTimeWindow {
  earliest: Date;
  latest: Date;
}

export function posTimeWindow(
  now: Date,
  limits: { maxAgeDays: number; maxAheadHours: number },
): PosTimeWindow {
  return {
    earliest: new Date(now.getTime() - limits.maxAgeDays * 86_400_000),
    latest: new Date(now.getTime() + limits.maxAheadHours * 3_600_000),
  };
}

/** The reason a timestamp is refused, or null when it lies inside the window (or there is none). */
function outsideWindow(instant: string, window: PosTimeWindow | undefined): string | null {
  if (!window) return null;
  const at = Date.parse(instant);
  if (at >= window.earliest.getTime() && at <= window.latest.getTime()) return null;
  const [from, to] = [window.earliest.toISOString(), window.latest.toISOString()];
  return `Tidspunktet ${instant} er utenfor det tillatte vinduet ${from} – ${to}; sjekk kassens klokke og send på nytt`;
}

/** An order that passed every check, with the amounts the store and the export need. */
export interface ValidatedPosOrder {
  order: PosOrder;
  /** closedAt as ISO-8601 UTC text, the stored form (text order is time order). */
  closedAtUtc: string;
  /** T = Σ line totals (docs/voucher-rules.md rule 2). */
  total: number;
  /** r = Σ(amount − tip) − T. */
  rounding: number;
  tips: number;
  lineTotals: number[];
  /** sha256 of the canonical content: tells a resend from a conflicting order with the same id. */
  contentHash: string;
}

export interface ValidatedCashMovement {
  movement: PosCashMovement;
  atUtc: string;
  contentHash: string;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Cash rounding (øreavrunding) is to whole kroner, so it is always less than 1 kr. */
export const MAX_CASH_ROUNDING = 99;

export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Line total = quantity × unitPrice − discount (øre incl. VAT; negative on returns). */
export function lineTotal(line: { quantity: number; unitPrice: number; discount: number }): number {
  return line.quantity * line.unitPrice - line.discount;
}

/**
 * Shape (the contract schema) and then the rules the schema cannot know: references exist in the
 * company, and the payments balance the lines (docs/voucher-rules.md rule 2).
 */
export function checkPosOrder(raw: unknown, lookups: PosLookups): CheckResult<ValidatedPosOrder> {
  // Text a database cannot keep costs this order only, never the batch (PostgreSQL refuses NUL).
  const unstorable = unstorableTextErrors(raw);
  if (unstorable.length > 0) return { ok: false, errors: unstorable };
  const parsed = posOrderSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const order = parsed.data;
  const errors: FieldError[] = [];

  const late = outsideWindow(order.closedAt, lookups.window);
  if (late) errors.push({ path: 'closedAt', message: late });

  if (order.customerId !== null && !lookups.customerIds.has(order.customerId)) {
    errors.push({
      path: 'customerId',
      message: `Ukjent kunde ${order.customerId}: send kunden med PUT /api/pos/customers/{id} først`,
    });
  }
  order.lines.forEach((line, i) => {
    if (!lookups.productTypeIds.has(line.productTypeId)) {
      errors.push({ path: `lines.${i}.productTypeId`, message: `Ukjent produkttype ${line.productTypeId}` });
    }
  });
  let hasCash = false;
  let allPaymentTypesKnown = true;
  order.payments.forEach((payment, i) => {
    const kind = lookups.paymentTypeKinds.get(payment.paymentTypeId);
    if (kind === undefined) {
      allPaymentTypesKnown = false;
      errors.push({
        path: `payments.${i}.paymentTypeId`,
        message: `Ukjent betalingstype ${payment.paymentTypeId}`,
      });
    } else if (kind === 'cash') {
      hasCash = true;
    }
  });

  const lineTotals = order.lines.map(lineTotal);
  const total = sum(lineTotals);
  const paid = sum(order.payments.map((p) => p.amount - p.tip));
  const tips = sum(order.payments.map((p) => p.tip));
  const rounding = paid - total;
  if (![total, paid, tips, ...lineTotals].every(Number.isSafeInteger)) {
    errors.push({ path: 'lines', message: 'Ordrebeløpene er for store' });
  } else if (rounding !== 0 && allPaymentTypesKnown) {
    const small = Math.abs(rounding) <= MAX_CASH_ROUNDING;
    const message =
      small && !hasCash
        ? `Betalingene (${paid} øre ekskl. tips) avviker ${rounding} øre fra ordretotalen ${total} øre; avrunding er bare tillatt ved kontant betaling`
        : `Betalingene (${paid} øre ekskl. tips) stemmer ikke med ordretotalen ${total} øre (avvik ${rounding} øre)`;
    if (!small || !hasCash) errors.push({ path: 'payments', message });
  }

  if (errors.length > 0) return { ok: false, errors };
  const closedAtUtc = new Date(order.closedAt).toISOString();
  return {
    ok: true,
    value: {
      order,
      closedAtUtc,
      total,
      rounding,
      tips,
      lineTotals,
      contentHash: hashPosOrder(order, closedAtUtc),
    },
  };
}

export function checkCashMovement(raw: unknown, window?: PosTimeWindow): CheckResult<ValidatedCashMovement> {
  const unstorable = unstorableTextErrors(raw);
  if (unstorable.length > 0) return { ok: false, errors: unstorable };
  const parsed = posCashMovementSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const late = outsideWindow(parsed.data.at, window);
  if (late) return { ok: false, errors: [{ path: 'at', message: late }] };
  const atUtc = new Date(parsed.data.at).toISOString();
  return {
    ok: true,
    value: { movement: parsed.data, atUtc, contentHash: hashCashMovement(parsed.data, atUtc) },
  };
}

function sum(values: number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
