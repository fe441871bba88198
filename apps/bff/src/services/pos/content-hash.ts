import { createHash } from 'node:crypto';
import type { PosCashMovement, PosOrder } from '@qo/contracts';

/*
 * A content hash tells a resend from a conflicting order with the same id. It is the sha256 of a
 * canonical JSON form (keys sorted at every level, defaults spelled out), so the same order sent
 * again with its keys in another order, or with defaults left out, hashes the same. Stored hashes
 * must keep matching: the canonical text below is exactly `canonicalJson` of the parsed order.
 */

export function hashContent(value: unknown): string {
  return sha256(canonicalJson(value));
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hash of a parsed order with its UTC closedAt. Ingest hashes every order, so the canonical
 * text is written out field by field (keys already in sorted order) instead of sorting the keys of
 * every object of every order; the result is byte for byte `canonicalJson({ ...order, closedAt })`.
 */
export function hashPosOrder(order: PosOrder, closedAtUtc: string): string {
  let text = `{"closedAt":${JSON.stringify(closedAtUtc)},"customerId":${JSON.stringify(order.customerId)},"id":${JSON.stringify(order.id)},"lines":[`;
  order.lines.forEach((l, i) => {
    text +=
      `${i === 0 ? '' : ','}{"description":${JSON.stringify(l.description)},"discount":${number(l.discount)},` +
      `"productTypeId":${JSON.stringify(l.productTypeId)},"quantity":${number(l.quantity)},` +
      `"unitPrice":${number(l.unitPrice)},"vatRate":${number(l.vatRate)}}`;
  });
  text += `],"orderType":${JSON.stringify(order.orderType)},"payments":[`;
  order.payments.forEach((p, i) => {
    text += `${i === 0 ? '' : ','}{"amount":${number(p.amount)},"paymentTypeId":${JSON.stringify(p.paymentTypeId)},"tip":${number(p.tip)}}`;
  });
  return sha256(`${text}]}`);
}

/** As hashPosOrder, for a cash movement with its UTC instant. */
export function hashCashMovement(movement: PosCashMovement, atUtc: string): string {
  return sha256(
    `{"amount":${number(movement.amount)},"at":${JSON.stringify(atUtc)},"id":${JSON.stringify(movement.id)},` +
      `"kind":${JSON.stringify(movement.kind)},"note":${JSON.stringify(movement.note)}}`,
  );
}

/** JSON of a number as canonicalJson writes it (the schemas allow only finite integers). */
function number(n: number): string {
  return JSON.stringify(n);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
