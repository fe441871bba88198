import { describe, expect, it } from 'vitest';
// The page itself, as text (Vite's `?raw`): its worked day is read from its tables, not copied here.
import rulesPage from '../../../../docs/voucher-rules.md?raw';
import { businessDayWindow, groupByBusinessDay } from '../business-day';
import { formatKroner } from '../money';
import { toEpochMs, toOsloLocal } from '../oslo-time';
import { correctionReference } from '../reference';
import { sentrumCashMovements, sentrumMappings, sentrumOrders } from '../testing/worked-day';
import { buildDayVoucher } from './build-voucher';
import { diffVoucherLines } from './diff';
import { NO_VAT_CODE, type DayVoucher, type OrderInput, type VoucherLine } from './types';

/**
 * `docs/voucher-rules.md` shows the worked day as tables. These tests build the same day with the
 * code and compare it with the tables cell by cell, so the page and the code cannot drift apart.
 */

/** The tables of the section under a heading (up to the next heading), each as its body rows' cells. */
function tablesUnder(heading: string): string[][][] {
  const lines = rulesPage.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) throw new Error(`docs/voucher-rules.md has no heading "${heading}"`);
  const tables: string[][][] = [];
  let rows: string[][] | null = null;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      rows = null;
      continue;
    }
    if (!rows) tables.push((rows = []));
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replaceAll('**', '')),
    );
  }
  // Without the header row and the separator row.
  return tables.map((table) => table.slice(2));
}

const tableAfter = (heading: string): string[][] => tablesUnder(heading)[0] ?? [];

const productName = (id: string) => sentrumMappings.productTypes.find((t) => t.id === id)?.name ?? id;
const paymentName = (id: string) => sentrumMappings.paymentTypes.find((t) => t.id === id)?.name ?? id;

/** An order as the page's order tables write it: id, closed (Oslo time), lines, payments. */
function orderRow(order: OrderInput): string[] {
  const local = toOsloLocal(toEpochMs(order.closedAt));
  const [year, month, day] = local.date.split('-');
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(Math.floor(local.minuteOfDay / 60))}:${pad(local.minuteOfDay % 60)}`;
  const closed = `${day}.${month}.${year} ${time}${local.second ? `:${pad(local.second)}` : ''}`;
  const lines = order.lines.map(
    (l) =>
      `${productName(l.productTypeId)} ${l.quantity} × ${formatKroner(l.unitPrice)} (${l.vatRate} %)` +
      (l.discount ? ` less ${formatKroner(l.discount)} discount` : ''),
  );
  const payments = order.payments.map(
    (p) =>
      `${paymentName(p.paymentTypeId)} ${formatKroner(p.amount)}` +
      (p.tip ? ` incl. tip ${formatKroner(p.tip)}` : ''),
  );
  return [order.id, closed, lines.join('; '), payments.join('; ')];
}

/** Voucher lines as the page's voucher tables write them: account, VAT code, amount, line text. */
const voucherRows = (lines: readonly VoucherLine[]) =>
  lines.map((l) => [String(l.accountNo), l.vatCode ?? NO_VAT_CODE, formatKroner(l.amount), l.description]);

/** A voucher table's lines and its closing sum row. */
function voucherTable(rows: readonly string[][]) {
  const sum = rows.at(-1);
  expect(sum?.[0], 'the last row is the sum').toBe('sum');
  return { lines: rows.slice(0, -1).map((row) => row.slice(0, 4)), sum: sum?.[2], note: sum?.[4] };
}

function expectDebitCredit(note: string | undefined, lines: readonly VoucherLine[]) {
  if (!note) return;
  const debit = lines.filter((l) => l.amount > 0).reduce((s, l) => s + l.amount, 0);
  expect(note).toBe(`debit ${formatKroner(debit)}, credit ${formatKroner(debit)}`);
}

const byDay = groupByBusinessDay(sentrumOrders, (o) => o.closedAt, '05:00');
const buildDay = (businessDay: string, extra: readonly OrderInput[] = []): DayVoucher => {
  const voucher = buildDayVoucher({
    businessDay,
    businessDayStart: '05:00',
    orders: [...(byDay.get(businessDay) ?? []), ...extra],
    cashMovements: businessDay === '2026-03-13' ? sentrumCashMovements : [],
    mappings: sentrumMappings,
  });
  if (!voucher) throw new Error(`no voucher for ${businessDay}`);
  return voucher;
};

/** The late order of the page's correction example. */
const o9: OrderInput = {
  id: 'O9',
  closedAt: '2026-03-14T02:10:00+01:00',
  orderType: 'dine_in',
  lines: [
    { productTypeId: 'mat', description: 'mat', quantity: 1, unitPrice: 16950, discount: 0, vatRate: 15 },
  ],
  payments: [{ paymentTypeId: 'kontant', amount: 17000, tip: 0 }],
};

describe('docs/voucher-rules.md, the worked day', () => {
  it("lists the fixture's orders", () => {
    expect(tableAfter('### Orders')).toEqual(sentrumOrders.map(orderRow));
  });

  it("lists the fixture's mappings", () => {
    const mapped = new Map(tableAfter('### Mappings').map(([what, to]) => [what, to]));
    const accounts = (t: (typeof sentrumMappings.productTypes)[number]) =>
      t.kind === 'gift_card'
        ? `liability account ${t.normalAccountNo}`
        : [`${t.normalAccountNo} for 25 %`, t.reducedAccountNo ? `${t.reducedAccountNo} for 15 %` : null]
            .filter(Boolean)
            .join(', ');
    for (const type of sentrumMappings.productTypes) {
      const what = `product type ${type.name}${type.kind === 'gift_card' ? ' (gift-card kind)' : ''}`;
      expect(mapped.get(what), what).toBe(accounts(type));
    }
    const codes = sentrumMappings.vatCodes.filter((v) => v.powerOfficeVatCode);
    expect(mapped.get('VAT rates')).toBe(
      codes.map((v) => `${v.rate} % → code ${v.powerOfficeVatCode}`).join(', '),
    );
    const payments = (on: boolean) =>
      sentrumMappings.paymentTypes
        .filter((p) => p.transferToAccounting === on)
        .map((p) => `${p.name} ${p.accountNo}`);
    expect(mapped.get('payment types, transferred')).toBe(payments(true).join(', '));
    expect(mapped.get('payment type, not transferred')?.startsWith(`${payments(false).join(', ')} (`)).toBe(
      true,
    );
    expect(sentrumMappings.autoInvoice).toBe(true);
    expect(mapped.get('rounding account')).toBe(String(sentrumMappings.roundingAccountNo));
  });

  it('shows the voucher of 13 March 2026 line by line, summing to 0', () => {
    const voucher = buildDay('2026-03-13');
    expect(voucher.problems).toEqual([]);
    const table = voucherTable(tableAfter('### The voucher of 13 March 2026'));
    expect(table.lines).toEqual(voucherRows(voucher.lines));
    expect(table.sum).toBe(formatKroner(voucher.sum));
    expectDebitCredit(table.note, voucher.lines);
  });

  it('shows what 13 March 2026 did not transfer', () => {
    const { notTransferred } = buildDay('2026-03-13');
    const rows = new Map(
      tableAfter('### Not transferred on 13 March 2026').map(([what, amount, orders]) => [
        what,
        { amount, orders },
      ]),
    );
    expect(rows.get('tips')?.amount).toBe(formatKroner(notTransferred.tips));
    for (const movement of notTransferred.cashMovements) {
      expect(rows.get(`cash movement: ${movement.kind}`)?.amount).toBe(formatKroner(movement.amount));
    }
    for (const excluded of notTransferred.excludedPayments) {
      expect(rows.get(excluded.name)?.amount).toBe(formatKroner(excluded.amount));
      expect(rows.get(excluded.name)?.orders?.startsWith(`${excluded.orders} (`)).toBe(true);
    }
    expect(rows.get('sales share of Kreditt')?.amount).toBe(formatKroner(notTransferred.sales));
    expect(rows.size).toBe(
      1 + notTransferred.cashMovements.length + notTransferred.excludedPayments.length + 1,
    );
  });

  it('shows the voucher of 14 March 2026', () => {
    const voucher = buildDay('2026-03-14');
    const table = voucherTable(tableAfter('### The voucher of 14 March 2026'));
    expect(table.lines).toEqual(voucherRows(voucher.lines));
    expect(table.sum).toBe(formatKroner(voucher.sum));
  });

  it('shows the correction a late order makes: only the difference, under the -c1 reference', () => {
    const [orders, correction] = tablesUnder('### A late order and its correction');
    expect(orders).toEqual([orderRow(o9)]);
    const posted = buildDay('2026-03-13');
    const rebuilt = buildDay('2026-03-13', [o9]);
    expect(rebuilt.problems).toEqual([]);
    const difference = diffVoucherLines(posted.lines, rebuilt.lines);
    const table = voucherTable(correction ?? []);
    expect(table.lines).toEqual(voucherRows(difference));
    expect(table.sum).toBe(formatKroner(0));
    const reference = correctionReference({
      departmentId: 'sentrum',
      businessDay: '2026-03-13',
      version: 1,
      correction: 1,
    });
    expect(rulesPage).toContain(`\`QO-<department>-${reference.split('-').slice(2).join('-')}\``);
  });
});

describe('docs/voucher-rules.md, the business day in Europe/Oslo', () => {
  it('has 23 hours before the spring change and 25 before the autumn change', () => {
    expect(businessDayWindow('2026-03-28', '05:00').hours).toBe(23);
    expect(businessDayWindow('2026-10-24', '05:00').hours).toBe(25);
    expect(businessDayWindow('2026-03-13', '05:00').hours).toBe(24);
  });

  it('moves a start time the spring change skips to the same minute after the gap', () => {
    // 02:30 does not exist on 29 March 2026; 03:30 summer time is 01:30 UTC.
    expect(businessDayWindow('2026-03-29', '02:30').start).toBe('2026-03-29T01:30:00.000Z');
  });
});
