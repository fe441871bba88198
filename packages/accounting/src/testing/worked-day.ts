import type { CashMovementInput, OrderInput, VoucherMappings } from '../voucher/types';

/** The day worked by hand in docs/voucher-rules.md ("Sentrum", 13 March 2026), in øre. */
export const sentrumMappings: VoucherMappings = {
  productTypes: [
    { id: 'mat', name: 'Mat', kind: 'sales', normalAccountNo: 3010, reducedAccountNo: 3040 },
    { id: 'alkohol', name: 'Alkohol', kind: 'sales', normalAccountNo: 3000, reducedAccountNo: null },
    { id: 'gavekort', name: 'Gavekort', kind: 'gift_card', normalAccountNo: 2901, reducedAccountNo: null },
  ],
  vatCodes: [
    { rate: 25, powerOfficeVatCode: '3' },
    { rate: 15, powerOfficeVatCode: '31' },
    { rate: 12, powerOfficeVatCode: null },
    { rate: 0, powerOfficeVatCode: null },
  ],
  paymentTypes: [
    { id: 'kontant', name: 'Kontant', kind: 'cash', accountNo: 1900, transferToAccounting: true },
    { id: 'kort', name: 'Kort', kind: 'card', accountNo: 1503, transferToAccounting: true },
    { id: 'vipps', name: 'Vipps', kind: 'mobile', accountNo: 1505, transferToAccounting: true },
    { id: 'gavekort-bet', name: 'Gavekort', kind: 'gift_card', accountNo: 2901, transferToAccounting: true },
    { id: 'kreditt', name: 'Kreditt', kind: 'credit', accountNo: 1500, transferToAccounting: false },
  ],
  roundingAccountNo: 7740,
  autoInvoice: true,
};

const line = (productTypeId: string, quantity: number, unitPrice: number, vatRate: number, discount = 0) => ({
  productTypeId,
  description: productTypeId,
  quantity,
  unitPrice,
  discount,
  vatRate,
});
const pay = (paymentTypeId: string, amount: number, tip = 0) => ({ paymentTypeId, amount, tip });
const order = (
  id: string,
  closedAt: string,
  lines: OrderInput['lines'],
  payments: OrderInput['payments'],
): OrderInput => ({
  id,
  closedAt,
  orderType: 'dine_in',
  customerId: null,
  lines,
  payments,
});

export const sentrumOrders: OrderInput[] = [
  order(
    'O1',
    '2026-03-13T18:05:00+01:00',
    [line('mat', 2, 18900, 25), line('alkohol', 2, 9800, 25)],
    [pay('kort', 60000, 2600)],
  ),
  order('O2', '2026-03-14T01:30:00+01:00', [line('mat', 1, 16950, 15, 1000)], [pay('kontant', 16000)]),
  order('O3', '2026-03-13T20:00:00+01:00', [line('gavekort', 1, 50000, 0)], [pay('vipps', 50000)]),
  order('O4', '2026-03-13T21:00:00+01:00', [line('mat', 1, 18900, 25)], [pay('gavekort-bet', 18900)]),
  order('O5', '2026-03-13T22:00:00+01:00', [line('mat', 3, 18900, 25)], [pay('kreditt', 56700)]),
  order('O6', '2026-03-14T04:59:59+01:00', [line('alkohol', 1, 9800, 25)], [pay('kort', 9800)]),
  order('O7', '2026-03-14T05:00:00+01:00', [line('alkohol', 1, 9800, 25)], [pay('kort', 9800)]),
  order(
    'O8',
    '2026-03-13T19:00:00+01:00',
    [line('mat', 1, 18900, 25), line('alkohol', 1, 9800, 25)],
    [pay('kort', 10000), pay('kreditt', 18700)],
  ),
];

export const sentrumCashMovements: CashMovementInput[] = [
  { id: 'CM-1', at: '2026-03-13T10:00:00+01:00', kind: 'float', amount: 200000 },
];
