import { seededRandom } from '@qo/accounting/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import * as hourTotalsMigration from '../migrations/0008_pos_hour_totals';
import { createPosFixture, type PosFixture } from '../testing/pos-fixture';
import { aggregatePosDays, loadPosOrdersPaidWith, sumPosRanges } from './export-reads';
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
      {
        productTypeId: ids.alcohol,
        description: 'Pils',
        quantity: 1,
        unitPrice: 9800,
        discount: 0,
        vatRate: 25,
        total: 9800,
      },
      {
        productTypeId: ids.food,
        description: 'Burger',
        quantity: 2,
        unitPrice: 11900,
        discount: 5400,
        vatRate: 15,
        total: 18400,
      },
    ],
    payments: [
      ...(credit < 28200 ? [{ paymentTypeId: ids.card, amount: 28200 - credit, tip: 0 }] : []),
      ...(credit > 0 ? [{ paymentTypeId: ids.credit, amount: credit, tip: 0 }] : []),
    ],
  };
}

/** Random balanced orders closed in [from, from + hours), some with tips, returns and several payments. */
function randomOrders(
  rand: () => number,
  prefix: string,
  from: string,
  hours: number,
  count: number,
): NewPosOrder[] {
  const start = Date.parse(from);
  return Array.from({ length: count }, (_, i) => {
    const lines = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, n) => {
      const food = rand() < 0.6;
      const quantity = rand() < 0.05 ? -1 : 1 + Math.floor(rand() * 3);
      const unitPrice = 1000 + Math.floor(rand() * 20000);
      return {
        productTypeId: food ? ids.food : ids.alcohol,
        description: `L${n}`,
        quantity,
        unitPrice,
        discount: 0,
        vatRate: food && rand() < 0.5 ? 15 : 25,
        total: quantity * unitPrice,
      };
    });
    const total = lines.reduce((n, l) => n + l.total, 0);
    const tip = rand() < 0.3 ? Math.floor(rand() * 2000) : 0;
    const part = Math.floor(total * rand());
    const payments =
      rand() < 0.3
        ? [
            { paymentTypeId: ids.cash, amount: part, tip: 0 },
            { paymentTypeId: ids.card, amount: total - part + tip, tip },
          ]
        : [{ paymentTypeId: rand() < 0.5 ? ids.card : ids.credit, amount: total + tip, tip }];
    const closedAt = new Date(start + Math.floor(rand() * hours * 3600) * 1000).toISOString();
    return {
      posId: `${prefix}${i}`,
      closedAt,
      orderType: 'dine_in',
      customerId: null,
      total,
      rounding: 0,
      tips: tip,
      contentHash: `h-${prefix}${i}`,
      lines,
      payments,
    };
  });
}

/** The hour totals as stored, and as summed again from the stored lines and payments. */
async function hourTotals() {
  const k = db.kysely;
  const stored = {
    lines: await k
      .selectFrom('pos_hour_line_totals')
      .select(['department_id', 'hour', 'product_type_id', 'vat_rate', 'amount'])
      .orderBy(['department_id', 'hour', 'product_type_id', 'vat_rate'])
      .execute(),
    payments: await k
      .selectFrom('pos_hour_payment_totals')
      .select(['department_id', 'hour', 'payment_type_id', 'amount', 'tip', 'payments'])
      .orderBy(['department_id', 'hour', 'payment_type_id'])
      .execute(),
  };
  return stored;
}

describe('the hour totals the ingest keeps', () => {
  it('are exactly the sums of the stored lines and payments, after resends, conflicts and an id twice in one batch', async () => {
    const rand = seededRandom(7);
    const first = randomOrders(rand, 'H', '2026-05-01T03:00:00.000Z', 30, 300);
    await insertPosBatch(db.kysely, departmentId, { orders: first.slice(0, 200), cashMovements: [] });
    const conflicting = {
      ...first[5]!,
      contentHash: 'other',
      lines: [{ ...first[5]!.lines[0]!, total: 1, unitPrice: 1, quantity: 1 }],
    };
    const outcome = await insertPosBatch(db.kysely, departmentId, {
      // A resend of 100 stored orders, one changed (refused), and 100 new ones of which one twice.
      orders: [...first.slice(100, 300), conflicting, first[250]!],
      cashMovements: [],
    });
    expect(outcome.orders.filter((o) => o === 'inserted')).toHaveLength(100);
    expect(outcome.orders.filter((o) => o === 'conflict')).toHaveLength(1);

    const { lines, payments } = await hourTotals();
    const hour = (c: string) => c.slice(0, 13);
    const expectedLines = new Map<string, number>();
    const expectedPayments = new Map<string, [number, number, number]>();
    for (const o of first) {
      for (const l of o.lines) {
        const key = `${hour(o.closedAt)}|${l.productTypeId}|${l.vatRate}`;
        expectedLines.set(key, (expectedLines.get(key) ?? 0) + l.total);
      }
      for (const p of o.payments) {
        const key = `${hour(o.closedAt)}|${p.paymentTypeId}`;
        const [a, t, n] = expectedPayments.get(key) ?? [0, 0, 0];
        expectedPayments.set(key, [a + p.amount, t + p.tip, n + 1]);
      }
    }
    expect(
      new Map(lines.map((l) => [`${l.hour}|${l.product_type_id}|${l.vat_rate}`, Number(l.amount)])),
    ).toEqual(expectedLines);
    expect(
      new Map(
        payments.map((p) => [
          `${p.hour}|${p.payment_type_id}`,
          [Number(p.amount), Number(p.tip), Number(p.payments)],
        ]),
      ),
    ).toEqual(expectedPayments);

    // The migration sums sales stored before it existed the same way.
    await hourTotalsMigration.down(db.kysely);
    await hourTotalsMigration.up(db.kysely);
    expect(await hourTotals()).toEqual({ lines, payments });
  });

  it('give the same per-day totals as summing the lines, for days starting on the hour, on the half hour, with gaps and across DST', async () => {
    const rand = seededRandom(11);
    // Around the change to summer time (29 March 2026) and a normal stretch in May.
    await insertPosBatch(db.kysely, departmentId, {
      orders: randomOrders(rand, 'D', '2026-03-27T00:00:00.000Z', 96, 400),
      cashMovements: [],
    });
    const windows = (starts: string[]) =>
      starts.slice(0, -1).map((fromUtc, i) => ({ fromUtc, toUtc: starts[i + 1]! }));
    const cases = [
      // 05:00 Oslo, 28–30 March (23 h on the 29th).
      windows([
        '2026-03-28T04:00:00.000Z',
        '2026-03-29T04:00:00.000Z',
        '2026-03-30T03:00:00.000Z',
        '2026-03-31T03:00:00.000Z',
      ]),
      // 05:30 Oslo, same days.
      windows([
        '2026-03-28T04:30:00.000Z',
        '2026-03-29T04:30:00.000Z',
        '2026-03-30T03:30:00.000Z',
        '2026-03-31T03:30:00.000Z',
      ]),
      // Two days with a gap between them, and one in May (hour totals of the first test).
      [
        { fromUtc: '2026-03-27T04:00:00.000Z', toUtc: '2026-03-28T04:00:00.000Z' },
        { fromUtc: '2026-03-30T03:15:00.000Z', toUtc: '2026-03-31T03:15:00.000Z' },
        { fromUtc: '2026-05-01T03:00:00.000Z', toUtc: '2026-05-02T03:00:00.000Z' },
      ],
    ];
    for (const days of cases) {
      const fromHours = await aggregatePosDays(db.kysely, departmentId, days);
      const raw = await sumPosRanges(db.kysely, departmentId, days);
      const expected = days.map((_, i) => ({
        lines: raw.lines.filter((l) => l.range === i).map(({ range: _r, ...l }) => l),
        payments: raw.payments.filter((p) => p.range === i).map(({ range: _r, ...p }) => p),
      }));
      const sorted = (d: (typeof expected)[number]) => ({
        lines: [...d.lines].sort((a, b) =>
          (a.productTypeId + a.vatRate).localeCompare(b.productTypeId + b.vatRate),
        ),
        payments: [...d.payments].sort((a, b) => a.paymentTypeId.localeCompare(b.paymentTypeId)),
      });
      expect(fromHours.map(sorted)).toEqual(expected.map(sorted));
      expect(fromHours.every((d) => d.lines.length > 0 && d.payments.length > 0)).toBe(true);
      expect(fromHours).toEqual(fromHours.map(sorted));
    }
  });
});

describe('the orders rule 3 of docs/voucher-rules.md splits', () => {
  it('are read in full with their POS ids, in closing order, also when another order closed at the same instant', async () => {
    await insertPosBatch(db.kysely, departmentId, {
      orders: [
        order('P1', '2026-03-13T10:00:00.000Z', 10000),
        order('P2', '2026-03-13T11:00:00.000Z', 0),
        order('P3', '2026-03-13T11:00:00.000Z', 28200),
        order('P4', '2026-03-13T12:00:00.000Z', 0),
      ],
      cashMovements: [],
    });
    const split = await loadPosOrdersPaidWith(
      db.kysely,
      departmentId,
      '2026-03-13T04:00:00.000Z',
      '2026-03-14T04:00:00.000Z',
      [ids.credit],
    );
    expect(split.map((o) => [o.closedAt, o.id])).toEqual([
      ['2026-03-13T10:00:00.000Z', 'P1'],
      ['2026-03-13T11:00:00.000Z', 'P3'],
    ]);
    const lines = [
      { productTypeId: ids.alcohol, quantity: 1, unitPrice: 9800, discount: 0, vatRate: 25 },
      { productTypeId: ids.food, quantity: 2, unitPrice: 11900, discount: 5400, vatRate: 15 },
    ];
    for (const o of split) expect(o.lines).toMatchObject(lines);
    expect(split[0]!.payments).toMatchObject([
      { paymentTypeId: ids.card, amount: 18200, tip: 0 },
      { paymentTypeId: ids.credit, amount: 10000, tip: 0 },
    ]);
    expect(split[1]!.payments).toMatchObject([{ paymentTypeId: ids.credit, amount: 28200, tip: 0 }]);
  });
});
