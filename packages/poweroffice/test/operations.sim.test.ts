import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPowerOfficeError } from '../src/index.js';
import { startSimulator, type Simulator } from './sim-harness.js';
import { POSTING_DATE, saleVoucher } from './voucher-fixture.js';

describe('operations against the simulator', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator();
  });
  afterAll(async () => {
    await sim?.close();
  });

  it('reads the integration information and the lock date', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const info = await c.getClientIntegrationInformation();
    expect(info.ClientName).toBe('Demo Restaurant AS');
    expect(info.ValidPrivileges).toContain('ManualVoucher_Full');
    expect((await c.getLockDateSettings()).LockDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('resolves account numbers to ids once per client and names the unknown ones', async () => {
    const c = sim.client().forClient(sim.keysFor(1));
    const accounts = await c.resolveAccounts([1920, 3000]);
    expect(accounts.get(1920)?.AccountNo).toBe(1920);
    expect(accounts.get(1920)?.Id).not.toBe(1920);
    const before = sim.wire.count(/\/GeneralLedgerAccounts$/);
    await c.resolveAccounts([3000, 1920]);
    expect(sim.wire.count(/\/GeneralLedgerAccounts$/)).toBe(before);
    const error = await c.resolveAccounts([1920, 9999]).catch((e: unknown) => e);
    expect(isPowerOfficeError(error, 'validation')).toBe(true);
    expect((error as Error).message).toContain('9999');
  });

  it('pages with PageNumber/PageSize, treats 204 as an empty list, and listAll gets everything', async () => {
    const all = await sim.client().forClient(sim.keysFor(0)).listCustomers();
    const paged = await sim.client({ pageSize: 7 }).forClient(sim.keysFor(0)).listCustomers();
    expect(paged.map((c) => c.Id)).toEqual(all.map((c) => c.Id));
    expect(all.length).toBeGreaterThan(7);
    const c = sim.client().forClient(sim.keysFor(0));
    expect(await c.listCustomers({ page: { pageNumber: 2, pageSize: 5 } })).toEqual(all.slice(5, 10));
    expect(await c.listCustomers({ page: { pageNumber: 99, pageSize: 50 } })).toEqual([]);
    expect(sim.wire.count(/\/Customers$/, 204)).toBeGreaterThanOrEqual(1);
  });

  it('filters with PowerOffice query parameters', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const [vat3] = await c.listVatCodes().then((codes) => codes.filter((v) => v.Code === '3'));
    expect(vat3?.Rate).toBe(0.25);
    const products = await c.listProducts();
    const first = products[0]!;
    expect((await c.listProducts({ codes: first.Code! })).map((p) => p.Id)).toEqual([first.Id]);
    expect((await c.listDepartments()).length).toBeGreaterThan(0);
  });

  it('shows a posted voucher in AccountTransactions with the VAT split out', async () => {
    const c = sim.client().forClient(sim.keysFor(0));
    const posted = await c.postManualVoucher(await saleVoucher(c, 'o-transactions-1', 1250));
    const lines = await c.listAccountTransactions({
      fromDate: POSTING_DATE,
      toDate: POSTING_DATE,
      voucherNos: String(posted.value.VoucherNo),
    });
    const byAccount = new Map(lines.map((l) => [l.AccountNo, l.Amount]));
    expect(byAccount.get(1920)).toBe(1250);
    expect(byAccount.get(3000)).toBe(-1000);
    expect(byAccount.get(2700)).toBe(-250);
  });

  it('lists account transactions by account numbers and dates, page by page, settlements included', async () => {
    const c = sim.client({ pageSize: 2 }).forClient(sim.keysFor(1, 3));
    // Card sales to the clearing account 1503, then the acquirer's payout net of a 1,75 fee.
    const body = await saleVoucher(c, 'o-transactions-2', 100);
    const clearing = (await c.resolveAccounts([1503])).get(1503)!.Id;
    await c.postManualVoucher({
      ...body,
      VoucherLines: body.VoucherLines!.map((l, i) => (i === 0 ? { ...l, AccountId: clearing } : l)),
    });
    await sim.settle(1, [
      {
        Date: '2026-03-03',
        ClearingAccountNo: 1503,
        GrossOre: 10_000,
        FeeOre: 175,
        Reference: 'QO-0000000000-20260302-1503',
      },
    ]);
    const before = sim.wire.count(/\/AccountTransactions$/);
    const lines = await c.listAccountTransactions({
      fromDate: '2026-03-01',
      toDate: '2026-03-31',
      accountNos: [1503, 7770],
    });
    expect(lines.map((l) => [l.AccountNo, l.Amount, l.PostingDate])).toEqual([
      [1503, 100, '2026-03-02'],
      [7770, 1.75, '2026-03-03'],
      [1503, -100, '2026-03-03'],
    ]);
    expect(lines[2]!.Description).toContain('QO-0000000000-20260302-1503');
    // Three lines in pages of two: a full page asks for the next.
    expect(sim.wire.count(/\/AccountTransactions$/) - before).toBe(2);
    const settlement = await c.listAccountTransactions({
      fromDate: '2026-03-03',
      toDate: '2026-03-03',
      voucherNos: [lines[2]!.VoucherNo],
    });
    expect(settlement.map((l) => l.AccountNo)).toEqual([1920, 7770, 1503]);
  });
});
