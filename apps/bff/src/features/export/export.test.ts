import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from '../../test/test-app';
import {
  cardSale,
  createExportKit,
  WORKED_DAY,
  WORKED_DAY_FLOAT,
  type ExportKit,
} from '../../test/export-test-kit';

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
}, 120_000);
afterAll(() => kit?.close());

const dept = () => `/api/departments/${kit.departmentId}`;
const kr = (amount: number) => Math.round(amount * 100);

describe('preview', () => {
  it('previews the worked day of docs/voucher-rules.md exactly, ingested through the POS route', async () => {
    await kit.ingest(WORKED_DAY, WORKED_DAY_FLOAT);
    const res = await kit.call('GET', `${dept()}/export/preview?from=2026-03-13&to=2026-03-13`);
    expect(res.statusCode, res.body).toBe(200);
    const preview = res.json();
    expect(preview.vouchers).toHaveLength(1);
    const v = preview.vouchers[0];
    expect(v).toMatchObject({
      businessDay: '2026-03-13',
      status: 'not_transferred',
      sum: 0,
      problems: [],
      empty: false,
    });
    expect(v.externalReference).toMatch(/^QO-[0-9a-f]{10}-20260313-v1$/);
    const lines = v.lines.map((l: { accountNo: number; vatCode: string | null; amount: number }) => [
      l.accountNo,
      l.vatCode,
      l.amount,
    ]);
    expect(lines).toHaveLength(9);
    expect(lines).toEqual(
      expect.arrayContaining([
        [1503, null, 77200],
        [1900, null, 16000],
        [1505, null, 50000],
        [2901, null, 18900],
        [3010, '3', -63285],
        [3040, '31', -15950],
        [3000, '3', -32815],
        [2901, null, -50000],
        [7740, null, -50],
      ]),
    );
    // Account names come from the connected client's chart of accounts.
    expect(v.lines.find((l: { accountNo: number }) => l.accountNo === 7740).accountName).toBe('Øreavrunding');
    expect(v.notTransferred.tips).toBe(2600);
    expect(v.notTransferred.cashMovements).toEqual([{ kind: 'float', amount: 200000 }]);
    expect(v.notTransferred.excludedPayments).toEqual([
      { paymentTypeId: kit.types.Kreditt, name: 'Kreditt', amount: 75400, orders: 2 },
    ]);
    expect(preview.totals).toEqual({ vouchers: 1, debit: 77200 + 16000 + 50000 + 18900, blocked: 0 });
    expect(preview.lockDate).toBe('2025-12-31');
  });

  it('is for accountants and owners only; another period shape is a 400', async () => {
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect(
      (await kit.call('GET', `${dept()}/export/preview?from=2026-03-13&to=2026-03-13`, undefined, staff))
        .statusCode,
    ).toBe(403);
    expect((await kit.call('GET', `${dept()}/export/preview?from=2026-03-14&to=2026-03-13`)).statusCode).toBe(
      400,
    );
    expect((await kit.call('GET', `${dept()}/export/preview?from=2025-01-01&to=2026-03-13`)).statusCode).toBe(
      400,
    );
  });

  it('shows a missing mapping as a problem with the page that fixes it, and a locked date', async () => {
    await kit.ingest([
      {
        id: 'D1',
        closedAt: '2025-12-20T12:00:00+01:00',
        lines: [{ type: 'Dessert', quantity: 1, unitPrice: 9900, vatRate: 25 }],
        payments: [{ type: 'Kort', amount: 9900 }],
      },
    ]);
    const preview = (await kit.call('GET', `${dept()}/export/preview?from=2025-12-20&to=2025-12-20`)).json();
    const codes = preview.vouchers[0].problems.map((p: { code: string; fix: { kind: string } | null }) => [
      p.code,
      p.fix?.kind,
    ]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['missing_account', 'product-type'],
        ['locked_period', 'connection'],
      ]),
    );
    expect(
      preview.vouchers[0].lines.find((l: { accountNo: number | null }) => l.accountNo === null),
    ).toBeTruthy();
    // The row to fix is named too, so "Rett opp" can open that product type focused.
    const missing = preview.vouchers[0].problems.find((p: { code: string }) => p.code === 'missing_account');
    const types = (await kit.call('GET', '/api/product-types')).json() as { id: string; name: string }[];
    const dessertId = types.find((t) => t.name === 'Dessert')?.id;
    expect(missing.ref).toBe(dessertId);
    expect(missing.fix).toEqual({ kind: 'product-type', id: dessertId });
    expect(preview.totals.blocked).toBe(1);
  });
});

// Transfers talk to the simulator over HTTP; a lost answer waits out the settle window (seconds).
describe('transfer', { timeout: 60_000 }, () => {
  it('posts one voucher per day with its reference and lines; a second transfer posts nothing new', async () => {
    await kit.ingest([
      cardSale('J1', '2026-01-05', 10000),
      cardSale('J2', '2026-01-05', 20000),
      cardSale('J3', '2026-01-07', 5000),
      cardSale('J4', '2026-01-30', 12345),
    ]);
    const result = await kit.transfer('2026-01-01', '2026-01-31');
    expect(result.status).toBe('done');
    expect(result.progress).toEqual({ total: 31, done: 31 });
    const sent = result.days.filter((d) => d.status === 'sent');
    expect(sent.map((d) => d.businessDay)).toEqual(['2026-01-05', '2026-01-07', '2026-01-30']);
    expect(sent.every((d) => typeof d.voucherNo === 'number')).toBe(true);
    expect(result.days.filter((d) => d.status === 'skipped')).toHaveLength(28);

    const january = (await kit.vouchers()).filter((v) => v.VoucherDate.startsWith('2026-01'));
    expect(january).toHaveLength(3);
    const jan5 = january.find((v) => v.VoucherDate === '2026-01-05')!;
    expect(jan5.ExternalImportReference).toBe(sent[0]!.externalReference);
    expect(jan5.VoucherNo).toBe(sent[0]!.voucherNo);
    expect(jan5.VoucherLines.map((l) => kr(l.CurrencyAmount)).sort((a, b) => a - b)).toEqual([-30000, 30000]);
    expect(jan5.VoucherLines.every((l) => l.PostingDate === '2026-01-05')).toBe(true);
    // VAT code 3 resolved to the simulator's VatId (903), not sent as the code.
    expect(jan5.VoucherLines.find((l) => l.CurrencyAmount < 0)!.VatId).toBe(903);

    const again = await kit.transfer('2026-01-01', '2026-01-31');
    expect(again.days.filter((d) => d.status === 'already_sent').map((d) => d.voucherNo)).toEqual(
      sent.map((d) => d.voucherNo),
    );
    expect((await kit.vouchers()).filter((v) => v.VoucherDate.startsWith('2026-01'))).toHaveLength(3);

    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-01-05&to=2026-01-06`)).json();
    expect(history.days[0]).toMatchObject({
      businessDay: '2026-01-05',
      status: 'sent',
      voucherNo: sent[0]!.voucherNo,
      sentBy: 'Rolf Regnskap',
      automatic: false,
    });
    expect(history.days[1]).toMatchObject({
      businessDay: '2026-01-06',
      status: 'not_transferred',
      voucherNo: null,
    });
  });

  it('skips a day with problems as blocked (never partly posted) and posts the others', async () => {
    await kit.ingest([
      cardSale('F1', '2026-02-02', 10000),
      {
        id: 'F2',
        closedAt: '2026-02-03T12:00:00+01:00',
        lines: [
          { type: 'Mat', quantity: 1, unitPrice: 10000, vatRate: 25 },
          { type: 'Dessert', quantity: 1, unitPrice: 5000, vatRate: 25 },
        ],
        payments: [{ type: 'Kort', amount: 15000 }],
      },
      cardSale('F3', '2026-02-04', 10000),
    ]);
    const result = await kit.transfer('2026-02-02', '2026-02-04');
    expect(result.days.map((d) => d.status)).toEqual(['sent', 'blocked', 'sent']);
    expect(result.days[1]!.message).toMatch(/Dessert/);
    expect((await kit.vouchers()).filter((v) => v.VoucherDate === '2026-02-03')).toHaveLength(0);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-02-03&to=2026-02-03`)).json();
    expect(history.days[0]).toMatchObject({ status: 'blocked', message: expect.stringMatching(/Dessert/) });
    expect(history.days[0].failure).toMatchObject({ code: 'blocked', source: 'quickorder' });
  });

  it('explains a day PowerOffice refused for its lock date as PowerOffice said it, and a retry of that one day posts it', async () => {
    await kit.ingest([cardSale('L1', '2026-03-02', 5000), cardSale('L2', '2026-03-03', 5000)]);
    // The preview remembers the lock date for a minute; PowerOffice moves it meanwhile.
    expect((await kit.call('GET', `${dept()}/export/preview?from=2026-03-02&to=2026-03-03`)).statusCode).toBe(
      200,
    );
    const { Clients } = (await kit.sim('GET', '/_sim/clients')) as {
      Clients: { ClientId: string; ClientName: string }[];
    };
    const clientId = Clients.find((c) => c.ClientName === 'Demo Restaurant AS')!.ClientId;
    await kit.sim('POST', `/_sim/clients/${clientId}/lock-date`, { LockDate: '2026-03-02' });
    try {
      const result = await kit.transfer('2026-03-02', '2026-03-03');
      expect(result.days.map((d) => d.status)).toEqual(['failed', 'sent']);
      const lockDate = {
        code: 'lock_date',
        source: 'poweroffice',
        detail: expect.stringContaining('lock date 2026-03-02'),
        fix: null,
      };
      expect(result.days[0]).toMatchObject({ failure: lockDate, message: expect.not.stringMatching(/^\[/) });
      const history = (
        await kit.call('GET', `${dept()}/export/history?from=2026-03-02&to=2026-03-02`)
      ).json();
      expect(history.days[0]).toMatchObject({ status: 'failed', failure: lockDate });
    } finally {
      await kit.sim('POST', `/_sim/clients/${clientId}/lock-date`, { LockDate: '2025-12-31' });
    }
    // "Prøv igjen" on the failed day: a transfer of that day alone.
    const retry = await kit.transfer('2026-03-02', '2026-03-02');
    expect(retry.days[0]).toMatchObject({ status: 'sent', voucherNo: expect.any(Number) });
    expect((await kit.vouchers()).filter((v) => v.VoucherDate === '2026-03-02')).toHaveLength(1);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-03-02&to=2026-03-02`)).json();
    expect(history.days[0]).toMatchObject({ status: 'sent', failure: null });
  });

  it('ends with exactly one voucher when PowerOffice processes the write but the answer is lost', async () => {
    await kit.ingest([cardSale('G1', '2026-02-10', 4200)]);
    await kit.sim('POST', '/_sim/faults', { dropResponseAfterWrite: 1 });
    try {
      const result = await kit.transfer('2026-02-10', '2026-02-10');
      expect(result.days[0]).toMatchObject({ status: 'sent', voucherNo: expect.any(Number) });
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    expect((await kit.vouchers()).filter((v) => v.VoucherDate === '2026-02-10')).toHaveLength(1);
  });

  it('rides through 5xx answers', async () => {
    // A 5xx to the POST leaves its outcome unknown: the settle window passes before the lookup.
    await kit.ingest([cardSale('H1', '2026-02-11', 4200)]);
    await kit.sim('POST', '/_sim/faults', { nextFailures: { count: 2, status: 503 } });
    try {
      const result = await kit.transfer('2026-02-11', '2026-02-11');
      expect(result.days[0]!.status).toBe('sent');
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    expect((await kit.vouchers()).filter((v) => v.VoucherDate === '2026-02-11')).toHaveLength(1);
  }, 60_000);

  it('two overlapping transfers started at once post each day once', async () => {
    const days = ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'];
    await kit.ingest(days.map((d, i) => cardSale(`P${i}`, d, 1000 + i)));
    const [a, b] = await Promise.all([
      kit.call('POST', `${dept()}/export/transfers`, { from: '2026-02-16', to: '2026-02-20' }),
      kit.call('POST', `${dept()}/export/transfers`, { from: '2026-02-17', to: '2026-02-19' }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    const [ra, rb] = await Promise.all([kit.waitFor(a.json().transferId), kit.waitFor(b.json().transferId)]);
    const posted = (await kit.vouchers()).filter((v) => days.includes(v.VoucherDate));
    expect(posted.map((v) => v.VoucherDate).sort()).toEqual(days);
    // Every day ended sent in one transfer, and sent, already sent or held by the other in the second.
    for (const day of days.slice(1, 4)) {
      const statuses = [ra, rb].map((r) => r.days.find((d) => d.businessDay === day)!.status);
      expect(statuses.filter((s) => s === 'sent')).toHaveLength(1);
    }
  });
});

describe('changed days, correction and reversal', { timeout: 60_000 }, () => {
  it('shows a day changed since transfer with the difference, and the correction posts only that', async () => {
    await kit.ingest([cardSale('C1', '2026-02-24', 10000)]);
    const first = await kit.transfer('2026-02-24', '2026-02-24');
    expect(first.days[0]!.status).toBe('sent');
    // A late order of the same day arrives after the transfer (a POS that was offline).
    await kit.ingest([
      {
        id: 'C2',
        closedAt: '2026-02-24T23:00:00+01:00',
        lines: [{ type: 'Alkohol', quantity: 1, unitPrice: 9800, vatRate: 25 }],
        payments: [{ type: 'Kontant', amount: 9800 }],
      },
    ]);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-02-24&to=2026-02-24`)).json();
    expect(history.days[0].status).toBe('changed');
    expect(
      history.days[0].difference.map((l: { accountNo: number; amount: number }) => [l.accountNo, l.amount]),
    ).toEqual(
      expect.arrayContaining([
        [1900, 9800],
        [3000, -9800],
      ]),
    );
    expect(history.days[0].difference).toHaveLength(2);

    const res = await kit.call('POST', `${dept()}/export/days/2026-02-24/correction`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().externalReference).toMatch(/-20260224-v1-c1$/);
    const correction = (await kit.vouchers()).find(
      (v) => v.ExternalImportReference === res.json().externalReference,
    )!;
    expect(correction.VoucherLines.map((l) => kr(l.CurrencyAmount)).sort((a, b) => a - b)).toEqual([
      -9800, 9800,
    ]);
    const after = (await kit.call('GET', `${dept()}/export/history?from=2026-02-24&to=2026-02-24`)).json();
    expect(after.days[0]).toMatchObject({
      status: 'sent',
      corrections: [{ externalReference: res.json().externalReference }],
    });
    expect((await kit.call('POST', `${dept()}/export/days/2026-02-24/correction`)).statusCode).toBe(422);
  });

  it('reverses a sent day in PowerOffice; the next transfer posts it again as version 2', async () => {
    await kit.ingest([cardSale('R1', '2026-02-25', 7000)]);
    const first = await kit.transfer('2026-02-25', '2026-02-25');
    const v1 = first.days[0]!.externalReference!;
    expect(v1).toMatch(/-v1$/);
    const reversed = await kit.call('POST', `${dept()}/export/days/2026-02-25/reverse`);
    expect(reversed.statusCode, reversed.body).toBe(200);
    expect(reversed.json().externalReference).toMatch(/-20260225-v2$/);
    const history = (await kit.call('GET', `${dept()}/export/history?from=2026-02-25&to=2026-02-25`)).json();
    expect(history.days[0].status).toBe('reversed');
    const all = await kit.vouchers();
    expect(all.find((v) => v.VoucherNo === first.days[0]!.voucherNo)?.IsReversed).toBe(true);
    expect(
      all.filter((v) => v.VoucherType === 'ReversalVoucher' && v.VoucherDate === '2026-02-25'),
    ).toHaveLength(1);

    const again = await kit.transfer('2026-02-25', '2026-02-25');
    expect(again.days[0]).toMatchObject({
      status: 'sent',
      externalReference: reversed.json().externalReference,
    });
    expect(
      (await kit.call('GET', `${dept()}/export/history?from=2026-02-25&to=2026-02-25`)).json().days[0],
    ).toMatchObject({ status: 'sent', version: 2 });
    expect((await kit.call('POST', `${dept()}/export/days/2026-02-26/reverse`)).statusCode).toBe(422);
  });
});
