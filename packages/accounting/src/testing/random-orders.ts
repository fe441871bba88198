import type { OrderInput, OrderLineInput, PaymentInput, VoucherMappings } from '../voucher/types';

export const propertyMappings: VoucherMappings = {
  productTypes: [
    {
      id: 'mat',
      name: 'Mat',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
      lowAccountNo: 3050,
      zeroAccountNo: 3100,
    },
    { id: 'drikke', name: 'Drikke', kind: 'sales', normalAccountNo: 3000, reducedAccountNo: 3030 },
    { id: 'gavekort', name: 'Gavekort', kind: 'gift_card', normalAccountNo: 2901, reducedAccountNo: null },
  ],
  vatCodes: [
    { rate: 25, powerOfficeVatCode: '3' },
    { rate: 15, powerOfficeVatCode: '31' },
    { rate: 12, powerOfficeVatCode: '33' },
    { rate: 0, powerOfficeVatCode: '5' },
  ],
  paymentTypes: [
    { id: 'kontant', name: 'Kontant', kind: 'cash', accountNo: 1900, transferToAccounting: true },
    { id: 'kort', name: 'Kort', kind: 'card', accountNo: 1503, transferToAccounting: true },
    { id: 'vipps', name: 'Vipps', kind: 'mobile', accountNo: 1503, transferToAccounting: true },
    { id: 'gavekort-bet', name: 'Gavekort', kind: 'gift_card', accountNo: 2901, transferToAccounting: true },
    { id: 'kreditt', name: 'Kreditt', kind: 'credit', accountNo: 1500, transferToAccounting: false },
    { id: 'faktura', name: 'Faktura', kind: 'other', accountNo: 1501, transferToAccounting: false },
  ],
  roundingAccountNo: 7740,
  autoInvoice: true,
};

const RATES = [25, 15, 12, 0] as const;
const PRODUCT_TYPES = ['mat', 'drikke', 'gavekort'] as const;
const PAYMENT_TYPES = ['kontant', 'kort', 'vipps', 'gavekort-bet', 'kreditt', 'faktura'] as const;

/** Random balanced orders: returns, discounts, tips, split payments, cash rounding under 1 kr. */
export function randomOrders(random: () => number, count: number): OrderInput[] {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return Array.from({ length: count }, (_, n) => {
    const lines: OrderLineInput[] = Array.from({ length: int(1, 4) }, () => {
      const quantity = random() < 0.15 ? -int(1, 2) : int(1, 5);
      const unitPrice = int(0, 60000);
      return {
        productTypeId: pick(PRODUCT_TYPES),
        quantity,
        unitPrice,
        discount: random() < 0.2 ? int(0, unitPrice) : 0,
        vatRate: pick(RATES),
      };
    });
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice - l.discount, 0);
    const types = Array.from({ length: int(1, 3) }, () => pick(PAYMENT_TYPES));
    const paid = total + (types.includes('kontant') ? int(-99, 99) : 0);
    const payments: PaymentInput[] = types.map((paymentTypeId, i) => {
      const share = i === types.length - 1 ? 0 : Math.trunc(paid * random());
      return { paymentTypeId, amount: share, tip: random() < 0.3 ? int(0, 5000) : 0 };
    });
    const last = payments[payments.length - 1];
    if (last) last.amount = paid - payments.slice(0, -1).reduce((s, p) => s + p.amount, 0);
    for (const p of payments) p.amount += p.tip;
    const minute = int(0, 24 * 60 - 1);
    const closedAt = new Date(Date.UTC(2026, 2, 13, 4, minute)).toISOString();
    return { id: `R${n}`, closedAt, orderType: 'dine_in', lines, payments };
  });
}
