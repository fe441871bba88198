import { fnv1a64Hex } from './hash';
import { toEpochMs } from './oslo-time';
import type { CashMovementInput, OrderInput } from './voucher/types';

/**
 * A fingerprint of a day's orders for "changed since transfer": stored when the day is posted,
 * compared later. Independent of the order in which orders arrive and of how an instant's offset is
 * written; any change of an amount, line, payment or closing time changes it.
 */
export function fingerprintOrders(
  orders: readonly OrderInput[],
  cashMovements: readonly CashMovementInput[] = [],
): string {
  const canonicalOrders = [...orders]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) => [
      o.id,
      toEpochMs(o.closedAt),
      o.orderType,
      o.customerId ?? null,
      o.lines.map((l) => [l.productTypeId, l.quantity, l.unitPrice, l.discount, l.vatRate]),
      o.payments.map((p) => [p.paymentTypeId, p.amount, p.tip]),
    ]);
  const canonicalMovements = [...cashMovements]
    .map((m) => [m.id ?? '', m.at === undefined ? null : toEpochMs(m.at), m.kind, m.amount] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return `fnv1a64:${fnv1a64Hex(JSON.stringify([canonicalOrders, canonicalMovements]))}`;
}
