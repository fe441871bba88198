import { clearingMatchingReference } from '@qo/accounting';
import type { AttentionProblem, Reconciliation } from '@qo/contracts';
import { createPowerOfficeClient, kronerToOre } from '@qo/poweroffice';
import { SIM_SUBSCRIPTION_KEY } from '@qo/poweroffice-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOpenClearingBalances } from '../../services/reconciliation/open-balances';
import { logIn, seedOtherCompany } from '../../test/test-app';
import { cardSale, createExportKit, type ExportKit, type PosOrder } from '../../test/export-test-kit';

/*
 * Avstemming against the simulator (on SQLite, and on PostgreSQL in the postgres project): Sentrum's
 * card and Vipps sales of March 2026 transferred as day vouchers (Kort → 1503, Vipps → 1505, both
 * clearing accounts), then settlements booked at the simulator as a bank import would, one kind of
 * case per day. What the page reports is checked against those bookings and PowerOffice's ledger.
 */

const FROM = '2026-03-02';
const TO = '2026-03-13';
const CLIENT = 'Demo Restaurant AS';

/** Card sales per day (øre): one order each, Mat at 25 %. */
const CARD: Record<string, number> = {
  '2026-03-02': 1_000_00, // exact by reference, fee booked
  '2026-03-03': 812_40, // by amount, fee on its own line (gross credit, no reference)
  '2026-03-04': 1_500_00, // by amount, payout net of a 2 % fee, fee not booked
  '2026-03-05': 640_00, // late: settled by reference after 9 banking days
  '2026-03-06': 2_200_00, // missing
  '2026-03-07': 900_00, // short: 600,00 settled by reference
  '2026-03-08': 700_00, // with the 9th: one settlement covering two days, no reference
  '2026-03-09': 450_00,
  '2026-03-10': 1_234_56, // two days, by reference: 10th and 11th
  '2026-03-11': 765_44,
  '2026-03-12': 333_00, // settled next banking day, exact by reference
  '2026-03-13': 999_00, // missing: nothing has come
};
const VIPPS: Record<string, number> = { '2026-03-06': 400_00 };

let kit: ExportKit;
let clientId: string;
const ref = (day: string, accountNo = 1503) =>
  clearingMatchingReference({ departmentId: kit.departmentId, businessDay: day, accountNo });
const settle = (s: Record<string, unknown>[]) =>
  kit.sim('POST', `/_sim/clients/${clientId}/settlements`, { Settlements: s });

async function reconciliation(query = `from=${FROM}&to=${TO}`): Promise<Reconciliation> {
  const res = await kit.call('GET', `/api/departments/${kit.departmentId}/reconciliation?${query}`);
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res.json() as Reconciliation;
}

beforeAll(async () => {
  kit = await createExportKit();
  const clients = (await kit.sim('GET', '/_sim/clients')) as {
    Clients: { ClientId: string; ClientName: string }[];
  };
  clientId = clients.Clients.find((c) => c.ClientName === CLIENT)!.ClientId;
  const orders: PosOrder[] = Object.entries(CARD).map(([day, ore]) => cardSale(`C-${day}`, day, ore));
  for (const [day, ore] of Object.entries(VIPPS)) {
    orders.push({
      id: `V-${day}`,
      closedAt: `${day}T13:00:00+01:00`,
      lines: [{ type: 'Mat', quantity: 1, unitPrice: ore, vatRate: 25 }],
      payments: [{ type: 'Vipps', amount: ore }],
    });
  }
  await kit.ingest(orders);
  const transfer = await kit.transfer(FROM, TO);
  expect(transfer.status).toBe('done');

  await settle([
    {
      Date: '2026-03-03',
      ClearingAccountNo: 1503,
      GrossOre: 1_000_00,
      FeeOre: 17_50,
      Reference: ref('2026-03-02'),
      Description: 'Nets',
    },
    {
      Date: '2026-03-04',
      ClearingAccountNo: 1503,
      GrossOre: 812_40,
      FeeOre: 14_20,
      Description: 'Nets 0303',
    },
    { Date: '2026-03-05', ClearingAccountNo: 1503, GrossOre: 1_470_00, Description: 'Nets 0304' },
    {
      Date: '2026-03-18',
      ClearingAccountNo: 1503,
      GrossOre: 640_00,
      FeeOre: 11_20,
      Reference: ref('2026-03-05'),
      Description: 'Nets',
    },
    {
      Date: '2026-03-09',
      ClearingAccountNo: 1503,
      GrossOre: 600_00,
      FeeOre: 10_50,
      Reference: ref('2026-03-07'),
      Description: 'Nets',
    },
    {
      Date: '2026-03-10',
      ClearingAccountNo: 1503,
      GrossOre: 1_150_00,
      FeeOre: 20_00,
      Description: 'Nets 0308-0309',
    },
    {
      Date: '2026-03-12',
      ClearingAccountNo: 1503,
      GrossOre: 2_000_00,
      FeeOre: 35_00,
      Reference: `${ref('2026-03-10')} ${ref('2026-03-11')}`,
      Description: 'Nets',
    },
    {
      Date: '2026-03-13',
      ClearingAccountNo: 1503,
      GrossOre: 333_00,
      FeeOre: 5_83,
      Reference: ref('2026-03-12'),
      Description: 'Nets',
    },
    {
      Date: '2026-03-09',
      ClearingAccountNo: 1505,
      GrossOre: 400_00,
      FeeOre: 7_00,
      Reference: ref('2026-03-06', 1505),
      Description: 'Vipps',
    },
  ]);
});
afterAll(async () => {
  await kit?.close();
});

describe('Avstemming of the clearing accounts', () => {
  it('posts each clearing line with its CustomMatchingReference, and the preview shows it', async () => {
    const vouchers = await kit.vouchers();
    const day = vouchers.find(
      (v) => v.VoucherDate === '2026-03-02' && v.ExternalImportReference?.startsWith('QO-'),
    )!;
    const lines = day.VoucherLines as { CurrencyAmount: number; CustomMatchingReference?: string | null }[];
    expect(
      lines
        .filter((l) => l.CustomMatchingReference)
        .map((l) => [l.CustomMatchingReference, l.CurrencyAmount]),
    ).toEqual([[ref('2026-03-02'), 1000]]);
    const preview = (
      await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/export/preview?from=2026-03-06&to=2026-03-06`,
      )
    ).json();
    const refs = preview.vouchers[0].lines.map(
      (l: { accountNo: number; matchingReference: string | null }) => [l.accountNo, l.matchingReference],
    );
    expect(refs).toEqual(
      expect.arrayContaining([
        [1503, ref('2026-03-06')],
        [1505, ref('2026-03-06', 1505)],
        [3010, null],
      ]),
    );
  });

  it('reports each day: exact, by amount with and without the fee, late, missing, short, two days in one', async () => {
    const result = await reconciliation();
    expect(result.accounts.map((a) => [a.accountNo, a.paymentTypes.map((p) => p.name)])).toEqual([
      [1503, ['Kort']],
      [1505, ['Vipps']],
    ]);
    const card = result.accounts[0]!;
    const status = Object.fromEntries(
      card.days.map((d) => [d.businessDay, [d.status, d.credited, d.fee, d.open, d.late, d.flagged]]),
    );
    expect(status).toEqual({
      '2026-03-02': ['settled', 1_000_00, 17_50, 0, false, false],
      '2026-03-03': ['settled', 812_40, 14_20, 0, false, false],
      '2026-03-04': ['within_tolerance', 1_470_00, null, 30_00, false, false],
      '2026-03-05': ['settled', 640_00, 11_20, 0, true, false],
      '2026-03-06': ['missing', 0, null, 2_200_00, false, true],
      '2026-03-07': ['short', 600_00, 10_50, 300_00, false, true],
      '2026-03-08': ['settled', 700_00, 12_17, 0, false, false],
      '2026-03-09': ['settled', 450_00, 7_83, 0, false, false],
      '2026-03-10': ['settled', 1_234_56, 21_60, 0, false, false],
      '2026-03-11': ['settled', 765_44, 13_40, 0, false, false],
      '2026-03-12': ['settled', 333_00, 5_83, 0, false, false],
      '2026-03-13': ['missing', 0, null, 999_00, false, true],
    });
    expect(
      card.days.find((d) => d.businessDay === '2026-03-02')!.transactions.map((t) => [t.role, t.matchedBy]),
    ).toEqual([
      ['debit', null],
      ['settlement', 'reference'],
      ['fee', null],
    ]);
    expect(
      card.days
        .find((d) => d.businessDay === '2026-03-09')!
        .transactions.find((t) => t.role === 'settlement'),
    ).toMatchObject({
      matchedBy: 'amount',
      sharedWith: ['2026-03-08'],
      allocated: 450_00,
    });
    expect(card.flaggedDays).toBe(3);
    expect(card.openTotal).toBe(30_00 + 2_200_00 + 300_00 + 999_00);
    expect(result.accounts[1]!.days).toEqual([
      expect.objectContaining({ businessDay: '2026-03-06', status: 'settled', fee: 7_00 }),
    ]);
  });

  it("keeps a running balance equal to the sum of the account's transactions at PowerOffice for the period", async () => {
    const result = await reconciliation();
    const keys = (await kit.sim('GET', '/_sim/clients')) as {
      Clients: {
        ClientName: string;
        ApplicationKeys: { Slot: number; ApplicationKey: string; ClientKey: string }[];
      }[];
    };
    const slot0 = keys.Clients.find((c) => c.ClientName === CLIENT)!.ApplicationKeys.find(
      (k) => k.Slot === 0,
    )!;
    const po = createPowerOfficeClient({
      tokenUrl: `${kit.simUrl}/OAuth/Token`,
      apiUrl: `${kit.simUrl}/v2`,
      subscriptionKey: SIM_SUBSCRIPTION_KEY,
    });
    const client = po.forClient({ applicationKey: slot0.ApplicationKey, clientKey: slot0.ClientKey });
    for (const account of result.accounts) {
      const lines = await client.listAccountTransactions({
        fromDate: FROM,
        toDate: TO,
        accountNos: [account.accountNo],
      });
      const sum = lines.reduce((s, l) => s + kronerToOre(l.Amount), 0);
      expect(account.periodMovement).toBe(sum);
      // Each day's balance is the account's at PowerOffice at the end of that date.
      for (const day of account.days) {
        const upTo = lines
          .filter((l) => l.PostingDate <= day.businessDay)
          .reduce((s, l) => s + kronerToOre(l.Amount), 0);
        expect(day.balanceAfter).toBe(upTo);
      }
    }
  });

  it('answers from its last read until asked to read PowerOffice again, through the shared budget', async () => {
    const first = await reconciliation();
    const count = async () =>
      ((await kit.sim('GET', '/_sim/requests')) as { Requests: { path: string }[] }).Requests.filter((r) =>
        r.path.endsWith('/AccountTransactions'),
      ).length;
    const before = await count();
    const again = await reconciliation();
    expect(again.readAt).toBe(first.readAt);
    expect(await count()).toBe(before);
    // A settlement booked since shows only after "Oppdater".
    await settle([
      {
        Date: '2026-03-16',
        ClearingAccountNo: 1503,
        GrossOre: 2_200_00,
        FeeOre: 38_50,
        Reference: ref('2026-03-06'),
        Description: 'Nets',
      },
    ]);
    expect(
      (await reconciliation()).accounts[0]!.days.find((d) => d.businessDay === '2026-03-06')!.status,
    ).toBe('missing');
    const refreshed = await reconciliation(`from=${FROM}&to=${TO}&refresh=true`);
    expect(await count()).toBeGreaterThan(before);
    expect(refreshed.requests).toBeGreaterThanOrEqual(2);
    expect(Date.parse(refreshed.readAt!)).toBeGreaterThan(Date.parse(first.readAt!));
    expect(refreshed.accounts[0]!.days.find((d) => d.businessDay === '2026-03-06')).toMatchObject({
      status: 'settled',
      late: true,
    });
  });

  it('sums what is open on flagged days per department from the stored read, for a summary elsewhere', async () => {
    const result = await reconciliation();
    const balances = await listOpenClearingBalances(kit.app.db, kit.companyId, result.today);
    const card = result.accounts[0]!;
    const flagged = card.days.filter((d) => d.flagged);
    expect(balances).toEqual([
      expect.objectContaining({
        departmentId: kit.departmentId,
        from: FROM,
        to: TO,
        readAt: result.readAt,
        accounts: [
          {
            accountNo: 1503,
            paymentTypes: ['Kort'],
            open: flagged.reduce((s, d) => s + d.open, 0),
            flaggedDays: flagged.length,
            oldestFlaggedDay: flagged[0]!.businessDay,
          },
        ],
      }),
    ]);
  });

  it("lists the account that does not empty out among the company's open problems, with the way to Avstemming", async () => {
    const card = (await reconciliation()).accounts[0]!;
    const flagged = card.days.filter((d) => d.flagged);
    const problems = (await kit.call('GET', '/api/overview/attention')).json() as {
      problems: AttentionProblem[];
    };
    expect(problems.problems.filter((p) => p.kind === 'clearing_not_emptied')).toEqual([
      expect.objectContaining({
        key: `clearing_not_emptied:${kit.departmentId}:1503`,
        businessDay: flagged[0]!.businessDay,
        count: flagged.length,
        amount: flagged.reduce((s, d) => s + d.open, 0),
        reason: 'Kort 1503',
        actions: [{ type: 'open_reconciliation', departmentId: kit.departmentId, from: FROM, to: TO }],
      }),
    ]);
  });

  it('uses the settings of the payment type: more banking days, and no fee tolerance', async () => {
    const settings = (await kit.call('GET', '/api/reconciliation/settings')).json() as {
      items: { paymentTypeId: string; name: string; openAfterBankingDays: number }[];
    };
    expect(settings.items.map((s) => [s.name, s.openAfterBankingDays])).toEqual([
      ['Kort', 3],
      ['Vipps', 3],
    ]);
    const kort = settings.items.find((s) => s.name === 'Kort')!;
    const saved = await kit.call('PUT', `/api/reconciliation/settings/${kort.paymentTypeId}`, {
      openAfterBankingDays: 10,
      feeToleranceBp: 0,
    });
    expect(saved.statusCode).toBe(200);
    const card = (await reconciliation()).accounts[0]!;
    expect(card.openAfterBankingDays).toBe(10);
    // The late one is no longer late; the net payout no longer matches anything.
    expect(card.days.find((d) => d.businessDay === '2026-03-05')).toMatchObject({
      status: 'settled',
      late: false,
    });
    expect(card.days.find((d) => d.businessDay === '2026-03-04')).toMatchObject({
      status: 'missing',
      credited: 0,
    });
    const bad = await kit.call('PUT', `/api/reconciliation/settings/${kort.paymentTypeId}`, {
      openAfterBankingDays: 0,
      feeToleranceBp: 5000,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['feeToleranceBp', 'openAfterBankingDays']);
    await kit.call('PUT', `/api/reconciliation/settings/${kort.paymentTypeId}`, {
      openAfterBankingDays: 3,
      feeToleranceBp: 300,
    });
  });

  it('refuses staff, other companies, bad periods and departments without a connection', async () => {
    const owner = await kit.call(
      'GET',
      `/api/departments/${kit.departmentId}/reconciliation?from=${FROM}&to=${TO}`,
      undefined,
      kit.owner,
    );
    expect(owner.statusCode).toBe(200);
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect(
      (
        await kit.call(
          'GET',
          `/api/departments/${kit.departmentId}/reconciliation?from=${FROM}&to=${TO}`,
          undefined,
          staff,
        )
      ).statusCode,
    ).toBe(403);
    expect((await kit.call('GET', '/api/reconciliation/settings', undefined, staff)).statusCode).toBe(403);
    const other = await seedOtherCompany(kit.app.db);
    expect(
      (await kit.call('GET', `/api/departments/${other.departmentId}/reconciliation?from=${FROM}&to=${TO}`))
        .statusCode,
    ).toBe(404);
    const backwards = await kit.call(
      'GET',
      `/api/departments/${kit.departmentId}/reconciliation?from=${TO}&to=${FROM}`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0].path).toBe('to');
    const departments = (await kit.call('GET', '/api/departments')).json() as { id: string; name: string }[];
    const unconnected = departments.find((d) => d.name === 'Grünerløkka')!;
    const res = await kit.call(
      'GET',
      `/api/departments/${unconnected.id}/reconciliation?from=${FROM}&to=${TO}`,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('not_connected');
  });
});
