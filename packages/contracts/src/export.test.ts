import { describe, expect, it } from 'vitest';
import { sumNotTransferred, type NotTransferred } from './export';

describe('sumNotTransferred', () => {
  it('adds tips, merges cash movements by kind and payments by payment type, and copies only its fields', () => {
    // As the voucher builder gives it: more fields than the schema has.
    const monday = {
      tips: 1000,
      cashMovements: [{ kind: 'float', amount: 150000, id: 'cm-1', at: '2026-03-02T05:00:00Z' }],
      excludedPayments: [{ paymentTypeId: 'kreditt', name: 'Kreditt', amount: 18900, orders: 1 }],
      sales: 18900,
    };
    const tuesday: NotTransferred = {
      tips: 250,
      cashMovements: [
        { kind: 'float', amount: 150000 },
        { kind: 'withdrawal', amount: -50000 },
      ],
      excludedPayments: [
        { paymentTypeId: 'kreditt', name: 'Kreditt', amount: 4200, orders: 2 },
        { paymentTypeId: 'faktura', name: 'Faktura', amount: 9900, orders: 1 },
      ],
    };
    const total = sumNotTransferred([monday, tuesday]);
    expect(total).toStrictEqual({
      tips: 1250,
      cashMovements: [
        { kind: 'float', amount: 300000 },
        { kind: 'withdrawal', amount: -50000 },
      ],
      excludedPayments: [
        { paymentTypeId: 'kreditt', name: 'Kreditt', amount: 23100, orders: 3 },
        { paymentTypeId: 'faktura', name: 'Faktura', amount: 9900, orders: 1 },
      ],
    });
    // The parts are left as they were.
    expect(monday.cashMovements[0]!.amount).toBe(150000);
    expect(sumNotTransferred([])).toStrictEqual({ tips: 0, cashMovements: [], excludedPayments: [] });
  });
});
