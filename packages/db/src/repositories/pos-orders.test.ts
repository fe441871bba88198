import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createPosFixture, type PosFixture } from '../testing/pos-fixture';
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

function order(posId: string, closedAt: string, hash = `h-${posId}`): NewPosOrder {
  return {
    posId,
    closedAt,
    orderType: 'dine_in',
    customerId: null,
    total: 57400,
    rounding: 0,
    tips: 2600,
    contentHash: hash,
    lines: [
      {
        productTypeId: ids.food,
        description: 'Burger',
        quantity: 2,
        unitPrice: 18900,
        discount: 0,
        vatRate: 25,
        total: 37800,
      },
      {
        productTypeId: ids.alcohol,
        description: 'Pils',
        quantity: 2,
        unitPrice: 9800,
        discount: 0,
        vatRate: 25,
        total: 19600,
      },
    ],
    payments: [{ paymentTypeId: ids.card, amount: 60000, tip: 2600 }],
  };
}

describe('POS order storage', () => {
  it('stores a batch once: a resend is a duplicate, other content under the same id a conflict', async () => {
    const first = await insertPosBatch(db.kysely, departmentId, {
      orders: [
        order('O1', '2026-03-13T17:05:00.000Z'),
        order('O2', '2026-03-14T03:59:59.000Z'),
        order('O1', '2026-03-13T17:05:00.000Z'),
      ],
      cashMovements: [
        {
          posId: 'CM1',
          at: '2026-03-13T09:00:00.000Z',
          kind: 'float',
          amount: 200000,
          note: 'Veksel',
          contentHash: 'c1',
        },
      ],
    });
    expect(first).toEqual({ orders: ['inserted', 'inserted', 'duplicate'], cashMovements: ['inserted'] });

    const again = await insertPosBatch(db.kysely, departmentId, {
      orders: [order('O1', '2026-03-13T17:05:00.000Z'), order('O2', '2026-03-14T03:59:59.000Z', 'other')],
      cashMovements: [
        {
          posId: 'CM1',
          at: '2026-03-13T09:00:00.000Z',
          kind: 'float',
          amount: 100,
          note: '',
          contentHash: 'c2',
        },
      ],
    });
    expect(again).toEqual({ orders: ['duplicate', 'conflict'], cashMovements: ['conflict'] });
  });

  it('in a batch mixing new and stored ids, stores lines and payments of the new orders only', async () => {
    const mixed = await insertPosBatch(db.kysely, departmentId, {
      orders: [
        order('O1', '2026-03-13T17:05:00.000Z'),
        order('O3', '2026-04-01T18:00:00.000Z'),
        order('O3', '2026-04-01T18:00:00.000Z', 'other'),
      ],
      cashMovements: [],
    });
    expect(mixed.orders).toEqual(['duplicate', 'inserted', 'conflict']);
    const counts = await db.kysely
      .selectFrom('orders')
      .innerJoin('order_lines', 'order_lines.order_id', 'orders.id')
      .select(['orders.pos_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('orders.department_id', '=', departmentId)
      .where('orders.pos_id', 'in', ['O1', 'O3'])
      .groupBy('orders.pos_id')
      .orderBy('orders.pos_id')
      .execute();
    expect(counts).toEqual([
      { pos_id: 'O1', n: 2 },
      { pos_id: 'O3', n: 2 },
    ]);
  });
});
