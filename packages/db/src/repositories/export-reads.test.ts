import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createPosFixture, type PosFixture } from '../testing/pos-fixture';
import { loadPosOrderIds, loadPosOrdersPaidWith } from './export-reads';
import { insertPosBatch, type NewPosOrder } from './pos-orders';

let fixture: PosFixture;
let db: Db;
let departmentId: string;
let ids: PosFixture['ids'];

beforeAll(async () => {
  fixture = await createPosFixture();
  ({ db, departmentId, ids } = fixture);
});
afterAll(() => fixture.close());

/** An order of a pils and a discounted burger (line order: alcohol before food), paid by card and/or credit. */
function order(posId: string, closedAt: string, credit: number): NewPosOrder {
  return {
    posId,
    closedAt,
    orderType: 'dine_in',
    customerId: null,
    total: 28200,
    rounding: 0,
    tips: 0,
    contentHash: `h-${posId}`,
    lines: [
      { productTypeId: ids.alcohol, description: 'Pils', quantity: 1, unitPrice: 9800, discount: 0, vatRate: 25, total: 9800 },
      { productTypeId: ids.food, description: 'Burger', quantity: 2, unitPrice: 11900, discount: 5400, vatRate: 15, total: 18400 },
    ],
    payments: [
      ...(credit < 28200 ? [{ paymentTypeId: ids.card, amount: 28200 - credit, tip: 0 }] : []),
      ...(credit > 0 ? [{ paymentTypeId: ids.credit, amount: credit, tip: 0 }] : []),
    ],
  };
}

describe('the orders rule 3 splits, read by closing instant', () => {
  it('gives each split order its own lines in line order and its payments, also when another order closed at the same instant', async () => {
    await insertPosBatch(db.kysely, departmentId, {
      orders: [
        order('P1', '2026-03-13T10:00:00.000Z', 10000),
        order('P2', '2026-03-13T11:00:00.000Z', 0),
        // Same instant as P2: read by id, so P2's lines do not end up on it.
        order('P3', '2026-03-13T11:00:00.000Z', 28200),
        order('P4', '2026-03-13T12:00:00.000Z', 0),
      ],
      cashMovements: [],
    });
    const split = await loadPosOrdersPaidWith(db.kysely, departmentId, '2026-03-13T04:00:00.000Z', '2026-03-14T04:00:00.000Z', [ids.credit]);
    expect(split.map((o) => [o.closedAt, o.posIdRead ? o.id : 'unread'])).toEqual([
      ['2026-03-13T10:00:00.000Z', 'unread'],
      ['2026-03-13T11:00:00.000Z', 'P3'],
    ]);
    const lines = [
      { productTypeId: ids.alcohol, vatRate: 25, total: 9800 },
      { productTypeId: ids.food, vatRate: 15, total: 18400 },
    ];
    for (const o of split) {
      expect(o.lines.map((l) => ({ productTypeId: l.productTypeId, vatRate: l.vatRate, total: l.quantity * l.unitPrice - l.discount }))).toEqual(lines);
    }
    const payments = (o: (typeof split)[number]) => o.payments.map((p) => ({ paymentTypeId: p.paymentTypeId, amount: p.amount, tip: p.tip }));
    expect(payments(split[0]!)).toEqual([
      { paymentTypeId: ids.card, amount: 18200, tip: 0 },
      { paymentTypeId: ids.credit, amount: 10000, tip: 0 },
    ]);
    expect(payments(split[1]!)).toEqual([{ paymentTypeId: ids.credit, amount: 28200, tip: 0 }]);
    expect(await loadPosOrderIds(db.kysely, [split[0]!.key])).toEqual(new Map([[split[0]!.key, 'P1']]));
  });
});
