import { businessDayWindow, fnv1a64Hex, lineTotal, listBusinessDays, type OrderInput, type VoucherMappings } from '@qo/accounting';
import {
  aggregatePosDays,
  loadCashMovements,
  loadPosOrdersPaidWith,
  type Database,
  type DayAggregate,
  type Kysely,
  type PeriodCashMovement,
  type PeriodOrder,
} from '@qo/db';

export interface DayWindowUtc {
  businessDay: string;
  /** ISO-8601 UTC, as stored: text comparison is time comparison. */
  fromUtc: string;
  toUtc: string;
}

/**
 * A business day as the export reads it: the day's totals per (product type, VAT rate) and per
 * payment type, and in full only the orders that rule 3 of docs/voucher-rules.md splits (paid
 * partly or wholly with a payment type that is not transferred). Every other order contributes its
 * full lines, payments and rounding (rule 3: an order paid wholly with transferred types goes in
 * whole), so its totals are all the voucher needs of it.
 */
export interface DayData extends DayWindowUtc {
  aggregate: DayAggregate;
  splitOrders: PeriodOrder[];
  cashMovements: PeriodCashMovement[];
}

/** The business days of [from, to] with their windows in UTC (23/25 h on DST days). */
export function dayWindows(from: string, to: string, businessDayStart: string): DayWindowUtc[] {
  return windowsOf(listBusinessDays(from, to), businessDayStart);
}

export function windowsOf(days: readonly string[], businessDayStart: string): DayWindowUtc[] {
  return days.map((businessDay) => {
    const w = businessDayWindow(businessDay, businessDayStart);
    return { businessDay, fromUtc: new Date(w.startMs).toISOString(), toUtc: new Date(w.endMs).toISOString() };
  });
}

/** Reads the given days (ascending, gaps allowed) of a department: per-day totals, split orders, cash movements. */
export async function loadDays(
  db: Kysely<Database>,
  departmentId: string,
  windows: readonly DayWindowUtc[],
  mappings: VoucherMappings,
): Promise<DayData[]> {
  if (windows.length === 0) return [];
  const fromUtc = windows[0]!.fromUtc;
  const toUtc = windows[windows.length - 1]!.toUtc;
  const excluded = mappings.paymentTypes.filter((p) => !p.transferToAccounting).map((p) => p.id);
  const [aggregates, splitOrders, cashMovements] = await Promise.all([
    aggregatePosDays(db, departmentId, windows),
    loadPosOrdersPaidWith(db, departmentId, fromUtc, toUtc, excluded),
    loadCashMovements(db, departmentId, fromUtc, toUtc),
  ]);
  const days: DayData[] = windows.map((w, i) => ({ ...w, aggregate: aggregates[i]!, splitOrders: [], cashMovements: [] }));
  assign(days, splitOrders, (o) => o.closedAt, (d) => d.splitOrders);
  assign(days, cashMovements, (m) => m.at, (d) => d.cashMovements);
  return days;
}

/** Puts time-sorted items into their (sorted) day windows in one pass. */
function assign<T>(days: readonly DayData[], items: readonly T[], at: (item: T) => string, into: (day: DayData) => T[]): void {
  let d = 0;
  for (const item of items) {
    const instant = at(item);
    while (d < days.length && instant >= days[d]!.toUtc) d++;
    if (d === days.length) break;
    if (instant >= days[d]!.fromUtc) into(days[d]!).push(item);
  }
}

/** Largest rounding one order may carry (rule 2: less than 1 kr). */
const MAX_ORDER_ROUNDING = 99;

/**
 * The day as voucher-builder input. The orders that are not split are summed into one order with
 * the day's lines and payments; their cash rounding (Σ s − Σ T) is moved off the cash payment onto
 * rounding-only orders of at most 0,99 each, so every order the builder checks is balanced as the
 * ingest made sure the real ones were. The voucher comes out the same as from the single orders:
 * revenue and payment lines are sums, the rounding line is Σ r.
 */
export function dayOrders(day: DayData, mappings: VoucherMappings): OrderInput[] {
  const lines = new Map<string, { productTypeId: string; vatRate: number; amount: number }>();
  for (const l of day.aggregate.lines) lines.set(`${l.productTypeId}|${l.vatRate}`, { ...l });
  const payments = new Map<string, { paymentTypeId: string; amount: number; tip: number }>();
  for (const p of day.aggregate.payments) payments.set(p.paymentTypeId, { paymentTypeId: p.paymentTypeId, amount: p.amount, tip: p.tip });
  for (const order of day.splitOrders) {
    for (const l of order.lines) {
      const sum = lines.get(`${l.productTypeId}|${l.vatRate}`);
      if (sum) sum.amount -= lineTotal(l);
    }
    for (const p of order.payments) {
      const sum = payments.get(p.paymentTypeId);
      if (sum) {
        sum.amount -= p.amount;
        sum.tip -= p.tip;
      }
    }
  }
  const orderLines = [...lines.values()].filter((l) => l.amount !== 0).map((l) => ({ productTypeId: l.productTypeId, quantity: 1, unitPrice: l.amount, discount: 0, vatRate: l.vatRate }));
  const orderPayments = [...payments.values()].filter((p) => p.amount !== 0 || p.tip !== 0);
  // The voucher does not read the order type (as for the summed order below).
  const orders: OrderInput[] = day.splitOrders.map((o) => ({ id: o.id, closedAt: o.closedAt, orderType: 'dine_in', lines: o.lines, payments: o.payments }));
  if (orderLines.length === 0 && orderPayments.length === 0) return orders;

  let rounding = 0;
  for (const p of orderPayments) rounding += p.amount - p.tip;
  for (const l of orderLines) rounding -= l.unitPrice;
  const cashTypes = new Set(mappings.paymentTypes.filter((p) => p.kind === 'cash').map((p) => p.id));
  const cash = orderPayments.find((p) => cashTypes.has(p.paymentTypeId));
  const roundingOrders: OrderInput[] = [];
  if (rounding !== 0 && cash) {
    cash.amount -= rounding;
    const sign = Math.sign(rounding);
    for (let rest = Math.abs(rounding), i = 0; rest > 0; i++) {
      const chunk = Math.min(rest, MAX_ORDER_ROUNDING);
      rest -= chunk;
      roundingOrders.push({ id: `${day.businessDay}/rounding-${i + 1}`, closedAt: day.fromUtc, orderType: 'dine_in', lines: [], payments: [{ paymentTypeId: cash.paymentTypeId, amount: sign * chunk, tip: 0 }] });
    }
  }
  orders.push({ id: `${day.businessDay}/sum`, closedAt: day.fromUtc, orderType: 'dine_in', lines: orderLines, payments: orderPayments }, ...roundingOrders);
  return orders;
}

/**
 * "Changed since transfer": orders are never altered once stored (a resend with other content is
 * refused), so a day changes only by orders or cash movements arriving later, and those always
 * move its sums or counts. The fingerprint is a hash of the day's sums, counts and cash movements.
 */
export function dayFingerprint(day: DayData): string {
  const lines = day.aggregate.lines.map((l) => `${l.productTypeId}|${l.vatRate}|${l.amount}`).sort();
  const payments = day.aggregate.payments.map((p) => `${p.paymentTypeId}|${p.amount}|${p.tip}|${p.count}`).sort();
  const cash = day.cashMovements.map((m) => `${m.id}|${m.kind}|${m.amount}`).sort();
  return `sums:${fnv1a64Hex(JSON.stringify([lines, payments, cash]))}`;
}
