import {
  isStorableText,
  type FieldError,
  type PosIngestResponse,
  type PosOrdersBody,
  type PosRejection,
} from '@qo/contracts';
import {
  insertPosBatch,
  loadPosReferences,
  mapPosCustomerIds,
  type Database,
  type Kysely,
  type NewCashMovement,
  type NewPosOrder,
  type PosInsertOutcome,
} from '@qo/db';
import {
  checkCashMovement,
  checkPosOrder,
  type PosTimeWindow,
  type ValidatedPosOrder,
} from './validate-order';

/** Where a batch goes: one department of one company (from the device token, or the demo seed). */
export interface PosTarget {
  departmentId: string;
  companyId: string;
}

/**
 * POS ingest as the contract says: every order and cash movement is checked on its own and
 * rejected with its reasons; the valid ones are stored together in one transaction. Used by
 * `POST /api/pos/orders` and by the demo generator, so demo data passes the same checks (but for
 * the time window: the generator writes history, the route passes the configured window).
 */
export async function ingestPosBatch(
  db: Kysely<Database>,
  target: PosTarget,
  body: PosOrdersBody,
  options: { window?: PosTimeWindow } = {},
): Promise<PosIngestResponse> {
  // Only ids a database can hold go into the lookup; an order naming another is refused on its own.
  const customerRefs = body.orders.flatMap((o) =>
    typeof o.customerId === 'string' && isStorableText(o.customerId) ? [o.customerId.trim()] : [],
  );
  const [references, customers] = await Promise.all([
    loadPosReferences(db, target.companyId),
    mapPosCustomerIds(db, target.companyId, customerRefs),
  ]);
  const lookups = { ...references, customerIds: new Set(customers.keys()), window: options.window };

  const orderResults = body.orders.map((raw) => checkPosOrder(raw, lookups));
  const validOrders = orderResults.flatMap((r) => (r.ok ? [r.value] : []));
  const movementResults = body.cashMovements.map((raw) => checkCashMovement(raw, options.window));
  const validMovements = movementResults.flatMap((r) => (r.ok ? [r.value] : []));

  const stored = await insertPosBatch(db, target.departmentId, {
    orders: validOrders.map((v) => toNewOrder(v, customers)),
    cashMovements: validMovements.map((v): NewCashMovement => ({
      posId: v.movement.id,
      at: v.atUtc,
      kind: v.movement.kind,
      amount: v.movement.amount,
      note: v.movement.note,
      contentHash: v.contentHash,
    })),
  });

  const orders = summarize(body.orders, orderResults, stored.orders, 'Ordren');
  const cashMovements = summarize(
    body.cashMovements,
    movementResults,
    stored.cashMovements,
    'Kontantbevegelsen',
  );
  return { ...orders, cashMovements };
}

function toNewOrder(v: ValidatedPosOrder, customers: ReadonlyMap<string, string>): NewPosOrder {
  const { order } = v;
  return {
    posId: order.id,
    closedAt: v.closedAtUtc,
    orderType: order.orderType,
    customerId: order.customerId === null ? null : (customers.get(order.customerId) ?? null),
    total: v.total,
    rounding: v.rounding,
    tips: v.tips,
    contentHash: v.contentHash,
    lines: order.lines.map((l, i) => ({ ...l, total: v.lineTotals[i]! })),
    payments: order.payments,
  };
}

/** Counts and reasons in input order; `outcomes` are those of the valid items, in the same order. */
function summarize(
  items: readonly { id: string }[],
  results: readonly ({ ok: true } | { ok: false; errors: FieldError[] })[],
  outcomes: readonly PosInsertOutcome[],
  what: string,
): { accepted: number; duplicates: number; rejected: PosRejection[] } {
  let accepted = 0;
  let duplicates = 0;
  const rejected: PosRejection[] = [];
  let next = 0;
  results.forEach((result, i) => {
    const id = items[i]!.id;
    if (!result.ok) {
      rejected.push({ id, errors: result.errors });
      return;
    }
    const outcome = outcomes[next++];
    if (outcome === 'inserted') accepted++;
    else if (outcome === 'duplicate') duplicates++;
    else {
      rejected.push({
        id,
        errors: [
          {
            path: 'id',
            message: `409 konflikt: ${what} ${id} er allerede mottatt med annet innhold; den lagrede beholdes`,
          },
        ],
      });
    }
  });
  return { accepted, duplicates, rejected };
}
