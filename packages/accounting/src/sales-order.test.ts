import { describe, expect, it } from 'vitest';
import { buildSalesOrderLines, checkSalesOrderTotals, netOfGross, salesOrderReference } from './sales-order';
import { seededRandom } from './testing/seeded-random';
import type { OrderInput } from './voucher/types';

const order = (lines: OrderInput['lines']): OrderInput => ({
  id: 'K1-000123',
  closedAt: '2026-03-13T12:00:00+01:00',
  orderType: 'dine_in',
  customerId: 'C1',
  lines,
  payments: [],
});

describe('sales-order lines for credit orders', () => {
  it('sends net unit prices and lands on the POS total', () => {
    const o = order([
      {
        productTypeId: 'mat',
        description: 'Burger',
        quantity: 2,
        unitPrice: 18900,
        discount: 0,
        vatRate: 25,
      },
      {
        productTypeId: 'mat',
        description: 'Takeaway',
        quantity: 1,
        unitPrice: 16950,
        discount: 1000,
        vatRate: 15,
      },
    ]);
    const lines = buildSalesOrderLines(o);
    expect(lines[0]).toMatchObject({
      quantity: 2,
      unitPrice: 15120,
      netAmount: 30240,
      vatAmount: 7560,
      grossAmount: 37800,
      useStandardSalesAccount: true,
      description: 'Burger',
    });
    // 159,50 at 15 %: net 138,70 gives 159,51 and net 138,69 gives 159,49, so 0,01 goes on its own line.
    expect(lines[1]).toMatchObject({
      quantity: 1,
      unitPrice: 13869,
      grossAmount: 15949,
      useStandardSalesAccount: false,
      description: 'Takeaway (rabatt 10,00)',
    });
    expect(lines[2]).toMatchObject({
      quantity: 1,
      unitPrice: 1,
      vatAmount: 0,
      description: 'Øreavrunding',
      useStandardSalesAccount: false,
    });
    expect(lines.map((l) => l.externalImportReference)).toEqual(['1', '2', '3']);
    expect(checkSalesOrderTotals(o, lines)).toEqual({
      posTotal: 53750,
      salesOrderTotal: 53750,
      difference: 0,
      matches: true,
    });
  });

  it('sends a line whose net does not divide by its quantity as one unit, keeping the count in the text', () => {
    const lines = buildSalesOrderLines(
      order([
        {
          productTypeId: 'mat',
          description: 'Kaffe',
          quantity: 3,
          unitPrice: 3900,
          discount: 0,
          vatRate: 15,
        },
      ]),
    );
    expect(lines[0]).toMatchObject({ quantity: 1, description: '3 × Kaffe', grossAmount: 11700 });
  });

  it('handles returns with negative quantities', () => {
    const o = order([
      {
        productTypeId: 'mat',
        description: 'Burger',
        quantity: -1,
        unitPrice: 18900,
        discount: 0,
        vatRate: 25,
      },
    ]);
    const lines = buildSalesOrderLines(o);
    expect(lines[0]).toMatchObject({ quantity: -1, unitPrice: 15120, grossAmount: -18900 });
    expect(checkSalesOrderTotals(o, lines).matches).toBe(true);
  });

  it('finds the exact net where one exists, else the one below plus 1 øre', () => {
    expect(netOfGross(16950, 15)).toEqual({ net: 14739, adjustment: 0 }); // 147,39 + 22,11 = 169,50
    // 25 %: net 5 → 6 (1,25 rounds to 1), net 6 → 8 (1,5 rounds to 2): 7 øre has no net.
    expect(netOfGross(7, 25)).toEqual({ net: 5, adjustment: 1 });
    expect(netOfGross(-7, 25)).toEqual({ net: -5, adjustment: -1 });
  });

  it('detects a sales order that does not land on the POS total', () => {
    const o = order([
      { productTypeId: 'mat', description: 'Tyggis', quantity: 1, unitPrice: 7, discount: 0, vatRate: 25 },
    ]);
    const withoutAdjustment = buildSalesOrderLines(o).filter((l) => l.description !== 'Øreavrunding');
    expect(checkSalesOrderTotals(o, withoutAdjustment)).toMatchObject({
      posTotal: 7,
      salesOrderTotal: 6,
      difference: -1,
      matches: false,
    });
  });

  it('lands on the POS total to the øre for random orders, both conventions', () => {
    const random = seededRandom(42);
    const int = (max: number) => Math.floor(random() * (max + 1));
    for (let i = 0; i < 500; i++) {
      const o = order(
        Array.from({ length: 1 + int(3) }, () => {
          const unitPrice = int(60000);
          return {
            productTypeId: 'mat',
            quantity: int(6) - 1,
            unitPrice,
            discount: int(3) === 0 ? int(unitPrice) : 0,
            vatRate: [25, 15, 12, 0][int(3)] ?? 25,
          };
        }),
      );
      expect(checkSalesOrderTotals(o, buildSalesOrderLines(o)).matches).toBe(true);
      expect(checkSalesOrderTotals(o, buildSalesOrderLines(o, 'gross'), 'gross').matches).toBe(true);
    }
  });

  it('has a deterministic reference per department and POS order', () => {
    expect(salesOrderReference('dept-1', 'K1-000123')).toBe(salesOrderReference('dept-1', 'K1-000123'));
    expect(salesOrderReference('dept-1', 'K1-000123')).toMatch(/^QO-[0-9a-f]{10}-SO-K1-000123$/);
    expect(salesOrderReference('dept-1', 'x'.repeat(64)).length).toBeLessThanOrEqual(50);
  });
});
