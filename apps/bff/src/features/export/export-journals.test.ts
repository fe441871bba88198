import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  cardSale,
  createExportKit,
  WORKED_DAY,
  WORKED_DAY_FLOAT,
  type ExportKit,
  type SimVoucher,
} from '../../test/export-test-kit';

/*
 * Day vouchers as PowerOffice cash journals (CashVoucher_Full), the manual-journal fallback when
 * the client grants only ManualVoucher_Full, and days of either kind reversed and corrected.
 */

type PostedVoucher = SimVoucher & {
  ImportedVoucherNo: number | null;
  SaftSourceId: string | null;
  SaftBatchId: string | null;
  ReversalOfVoucherId: string | null;
};

let kit: ExportKit;
let demoClientId: string;
beforeAll(async () => {
  kit = await createExportKit();
  const clients = (await kit.sim('GET', '/_sim/clients')) as {
    Clients: Array<{ ClientId: string; ClientName: string }>;
  };
  demoClientId = clients.Clients.find((c) => c.ClientName === 'Demo Restaurant AS')!.ClientId;
}, 60_000);
afterAll(() => kit?.close());
afterEach(async () => {
  await kit.sim('DELETE', '/_sim/faults');
  await grant(ALL);
});

const ALL = [
  'CashVoucher_Full',
  'ManualVoucher_Full',
  'YearEndVoucher_Full',
  'GeneralLedgerAccount',
  'CommonServices',
  'Department',
  'Customer',
  'Product',
  'Product_Full',
  'SalesOrders',
  'SalesOrders_Full',
  'AccountTransaction',
  'VoucherDocumentation_Full',
];
const MANUAL_ONLY = ALL.filter((p) => p !== 'CashVoucher_Full');

/**
 * What the client grants the integration; the BFF reads it again: a restarted app has not cached
 * the client's privileges and lock date (it asks at most once a minute).
 */
async function grant(privileges: string[]): Promise<void> {
  await kit.sim('PUT', `/_sim/clients/${demoClientId}/privileges`, { Privileges: privileges });
  await kit.rebuild();
}

const dept = () => `/api/departments/${kit.departmentId}`;
const VAT_CODE_0_ID = 900;

async function posted(day: string): Promise<PostedVoucher[]> {
  return (await kit.vouchers()).filter(
    (v) => v.VoucherDate === day && v.VoucherType !== 'ReversalVoucher',
  ) as PostedVoucher[];
}

describe('day vouchers as cash journals', () => {
  it('posts the worked day as a cash journal: a VatId on every line (code 0 where there is no VAT) and the SAF-T ids', async () => {
    await kit.ingest(WORKED_DAY, WORKED_DAY_FLOAT);
    const transfer = await kit.transfer('2026-03-13', '2026-03-13');
    expect(transfer.days[0]).toMatchObject({ status: 'sent' });
    const [voucher] = await posted('2026-03-13');
    expect(voucher).toMatchObject({
      VoucherType: 'CashJournal',
      SaftSourceId: 'Sentrum',
      SaftBatchId: 'Sentrum 2026-03-13',
    });
    expect(voucher!.ImportedVoucherNo).toBeGreaterThan(0);
    const lines = voucher!.VoucherLines;
    expect(lines).toHaveLength(9);
    expect(lines.every((l) => typeof l.VatId === 'number')).toBe(true);
    // Payments (772 + 160 + 500), gift card redeemed (189), gift card sold (−500), rounding (−0,50): code 0.
    const withoutVat = lines
      .filter((l) => l.VatId === VAT_CODE_0_ID)
      .map((l) => l.CurrencyAmount)
      .sort((a, b) => a - b);
    expect(withoutVat).toEqual([-500, -0.5, 160, 189, 500, 772]);
    expect(
      lines
        .filter((l) => l.VatId === 903)
        .map((l) => l.CurrencyAmount)
        .sort((a, b) => a - b),
    ).toEqual([-632.85, -328.15]);

    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-03-13&to=2026-03-13`)).json();
    expect(history.days[0]).toMatchObject({
      status: 'sent',
      journal: 'cash',
      importedVoucherNo: voucher!.ImportedVoucherNo,
      voucherNo: voucher!.VoucherNo,
    });
  });

  it('numbers the department’s day vouchers 1, 2, 3… as ImportedVoucherNo, corrections included, and posts the correction as a cash journal', async () => {
    await kit.ingest([cardSale('J1', '2026-04-01', 10000), cardSale('J2', '2026-04-02', 20000)]);
    await kit.transfer('2026-04-01', '2026-04-02');
    const first = (await posted('2026-04-01'))[0]!;
    const second = (await posted('2026-04-02'))[0]!;
    // Days of one transfer may be in flight together: consecutive numbers, in either order.
    const numbers = [first.ImportedVoucherNo!, second.ImportedVoucherNo!].sort((a, b) => a - b);
    expect(numbers[1]).toBe(numbers[0]! + 1);

    await kit.ingest([cardSale('J3', '2026-04-01', 5000)]);
    const correction = await kit.call('POST', `${dept()}/export/days/2026-04-01/correction`);
    expect(correction.statusCode, correction.body).toBe(200);
    const vouchers = await posted('2026-04-01');
    expect(vouchers).toHaveLength(2);
    const corr = vouchers.find((v) => v.Id !== first.Id)!;
    expect(corr).toMatchObject({ VoucherType: 'CashJournal', SaftBatchId: 'Sentrum 2026-04-01' });
    expect(corr.ImportedVoucherNo).toBeGreaterThan(
      Math.max(first.ImportedVoucherNo!, second.ImportedVoucherNo!),
    );
    expect(corr.VoucherLines.every((l) => typeof l.VatId === 'number')).toBe(true);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-04-01&to=2026-04-01`)).json();
    expect(history.days[0].corrections).toEqual([
      expect.objectContaining({ importedVoucherNo: corr.ImportedVoucherNo }),
    ]);
  });
});

describe('the manual-journal fallback', () => {
  it('posts manual journals (still a VatId on every line) when the client grants only ManualVoucher_Full', async () => {
    await grant(MANUAL_ONLY);
    await kit.ingest([cardSale('M1', '2026-04-10', 12500)]);
    const transfer = await kit.transfer('2026-04-10', '2026-04-10');
    expect(transfer.days[0]).toMatchObject({ status: 'sent' });
    const [voucher] = await posted('2026-04-10');
    expect(voucher).toMatchObject({ VoucherType: 'ManualJournal', SaftSourceId: 'Sentrum' });
    expect(voucher!.VoucherLines.map((l) => l.VatId).sort()).toEqual([900, 903]);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-04-10&to=2026-04-10`)).json();
    expect(history.days[0]).toMatchObject({ journal: 'manual' });
  });

  it('reverses and corrects a day sent as a manual journal after the client grants cash vouchers again', async () => {
    await grant(MANUAL_ONLY);
    await kit.ingest([cardSale('M2', '2026-04-11', 9000), cardSale('M3', '2026-04-12', 8000)]);
    await kit.transfer('2026-04-11', '2026-04-12');
    await grant(ALL);

    const reversed = await kit.call('POST', `${dept()}/export/days/2026-04-11/reverse`);
    expect(reversed.statusCode, reversed.body).toBe(200);
    const all = (await kit.vouchers()) as PostedVoucher[];
    const manual = all.find((v) => v.VoucherDate === '2026-04-11' && v.VoucherType === 'ManualJournal')!;
    expect(manual.IsReversed).toBe(true);
    expect(all.filter((v) => v.ReversalOfVoucherId === manual.Id)).toHaveLength(1);
    const again = await kit.transfer('2026-04-11', '2026-04-11');
    expect(again.days[0]).toMatchObject({ status: 'sent' });
    expect((await posted('2026-04-11')).find((v) => !v.IsReversed)).toMatchObject({
      VoucherType: 'CashJournal',
    });

    await kit.ingest([cardSale('M4', '2026-04-12', 1000)]);
    const correction = await kit.call('POST', `${dept()}/export/days/2026-04-12/correction`);
    expect(correction.statusCode, correction.body).toBe(200);
    const types = (await posted('2026-04-12')).map((v) => v.VoucherType).sort();
    expect(types).toEqual(['CashJournal', 'ManualJournal']);
  });

  it('refuses to send when the client grants neither, saying which privileges are needed', async () => {
    await grant(ALL.filter((p) => p !== 'CashVoucher_Full' && p !== 'ManualVoucher_Full'));
    await kit.ingest([cardSale('N1', '2026-04-20', 4000)]);
    const transfer = await kit.transfer('2026-04-20', '2026-04-20');
    expect(transfer.days[0]).toMatchObject({ status: 'failed' });
    expect(transfer.days[0]!.message).toMatch(/CashVoucher_Full.*ManualVoucher_Full/);
    expect(await posted('2026-04-20')).toHaveLength(0);
  });
});

describe('answers PowerOffice may give', () => {
  it('an interim VoucherNo, dates with a time part and a reversal answered 202 all end as on the happy path', async () => {
    await kit.sim('POST', '/_sim/faults', {
      interimVoucherNo: true,
      datesWithTime: true,
      reversalDelayMs: 300,
    });
    // A restarted app reads the lock date anew, now with a time part.
    await kit.rebuild();
    await kit.ingest([cardSale('F1', '2026-04-25', 3000)]);
    const transfer = await kit.transfer('2026-04-25', '2026-04-25');
    const [voucher] = await posted('2026-04-25');
    expect(transfer.days[0]).toMatchObject({ status: 'sent', voucherNo: voucher!.VoucherNo });
    expect(voucher!.VoucherNo).toBeGreaterThan(0);

    const reversed = await kit.call('POST', `${dept()}/export/days/2026-04-25/reverse`);
    expect(reversed.statusCode, reversed.body).toBe(200);
    expect((await kit.vouchers()).find((v) => v.Id === voucher!.Id)?.IsReversed).toBe(true);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-04-25&to=2026-04-25`)).json();
    expect(history.days[0]).toMatchObject({ status: 'reversed' });
  });
});
