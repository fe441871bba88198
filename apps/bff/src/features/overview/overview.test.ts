import type { DepartmentCalendar, DepartmentSalesChart, ExportHistory, ExportPreview } from '@qo/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit, type PosOrder } from '../../test/export-test-kit';
import { logIn, seedOtherCompany } from '../../test/test-app';

/*
 * Oversikt's calendar and chart against the export itself: a seeded February with a day of each
 * state, made the way it happens (transfers, a PowerOffice outage, an unmapped product type, a late
 * sale, a reversal), then the calendar must say for every day what Eksport's history and preview
 * say, and its sums must be the sums of the orders sent in.
 */

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit({ EXPORT_RETRY_WINDOW_MS: '2000' });
  kit.app.exportJobs.scheduler.stop();
}, 120_000);
afterAll(() => kit?.close());

const lineTotal = (l: PosOrder['lines'][number]) => l.quantity * l.unitPrice - (l.discount ?? 0);
const dayOf = (o: PosOrder) => o.closedAt.slice(0, 10);

const seeded: PosOrder[] = [
  cardSale('P1', '2026-02-02', 25_000),
  {
    ...cardSale('P2', '2026-02-02', 0),
    lines: [{ type: 'Alkohol', quantity: 3, unitPrice: 9_800, vatRate: 25 }],
    payments: [{ type: 'Kontant', amount: 29_400 }],
  },
  cardSale('R1', '2026-02-03', 18_000),
  cardSale('F1', '2026-02-04', 31_000),
  {
    id: 'B1',
    closedAt: '2026-02-05T20:00:00+01:00',
    lines: [{ type: 'Dessert', quantity: 2, unitPrice: 7_500, vatRate: 25 }],
    payments: [{ type: 'Kort', amount: 15_000 }],
  },
  cardSale('C1', '2026-02-06', 40_000),
  {
    id: 'G1',
    closedAt: '2026-02-09T13:00:00+01:00',
    lines: [{ type: 'Gavekort', quantity: 1, unitPrice: 50_000, vatRate: 0 }],
    payments: [{ type: 'Vipps', amount: 50_000 }],
  },
  cardSale('N1', '2026-02-09', 12_345),
];
const late = cardSale('C2', '2026-02-06', 6_600);

async function get<T>(url: string): Promise<T> {
  const res = await kit.call('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
}

describe('the calendar and the chart say what the export says', () => {
  beforeAll(async () => {
    await kit.ingest(seeded);
    // A float on a day without sales: something to look at, nothing to post.
    await kit.ingest([], [{ id: 'CM-F', at: '2026-02-10T10:00:00+01:00', kind: 'float', amount: 100_000 }]);
    expect((await kit.transfer('2026-02-02', '2026-02-03')).status).toBe('done');
    expect(
      (await kit.call('POST', `/api/departments/${kit.departmentId}/export/days/2026-02-03/reverse`))
        .statusCode,
    ).toBe(200);
    await kit.sim('POST', '/_sim/faults', { rateLimitedForMs: 120_000 });
    try {
      expect((await kit.transfer('2026-02-04', '2026-02-04')).status).toBe('done_with_failures');
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    expect((await kit.transfer('2026-02-05', '2026-02-06')).days.map((d) => d.status)).toEqual([
      'blocked',
      'sent',
    ]);
    await kit.ingest([late]);
  }, 180_000);

  it("gives every business day of the month the history's state, no_sales where the preview has no voucher", async () => {
    const url = (what: string) => `/api/departments/${kit.departmentId}/${what}`;
    const calendar = await get<DepartmentCalendar>(url('overview/calendar?month=2026-02'));
    const history = await get<ExportHistory>(url('export/history?from=2026-02-01&to=2026-02-28'));
    const preview = await get<ExportPreview>(url('export/preview?from=2026-02-01&to=2026-02-28'));

    expect(calendar.days.map((d) => d.businessDay)).toEqual(history.days.map((d) => d.businessDay));
    expect(calendar.days).toHaveLength(28);
    const withVoucher = new Set(preview.vouchers.map((v) => v.businessDay));
    const expected = history.days.map((d) =>
      d.status === 'not_transferred' && !withVoucher.has(d.businessDay) ? 'no_sales' : d.status,
    );
    expect(calendar.days.map((d) => d.state)).toEqual(expected);
    // Each state the seed made is there, on its day.
    const stateOf = (day: string) => calendar.days.find((d) => d.businessDay === day)!.state;
    expect(['02', '03', '04', '05', '06', '09', '10', '11'].map((d) => stateOf(`2026-02-${d}`))).toEqual([
      'sent',
      'reversed',
      'failed',
      'blocked',
      'changed',
      'not_transferred',
      'not_transferred',
      'no_sales',
    ]);
    // Failed and blocked days carry the history's reason; sent days its voucher number.
    for (const day of calendar.days) {
      const h = history.days.find((d) => d.businessDay === day.businessDay)!;
      expect(day.failure).toEqual(h.failure ?? null);
      expect(day.voucherNo).toEqual(h.voucherNo);
    }
    expect(calendar.days.find((d) => d.businessDay === '2026-02-05')!.failure!.detail).toMatch(/Dessert/);
  });

  it("sums each day's gross as the orders sent in, and as the preview's sales lines", async () => {
    const calendar = await get<DepartmentCalendar>(
      `/api/departments/${kit.departmentId}/overview/calendar?month=2026-02`,
    );
    const preview = await get<ExportPreview>(
      `/api/departments/${kit.departmentId}/export/preview?from=2026-02-01&to=2026-02-28`,
    );
    const fromOrders = new Map<string, number>();
    for (const o of [...seeded, late])
      fromOrders.set(
        dayOf(o),
        (fromOrders.get(dayOf(o)) ?? 0) + o.lines.reduce((s, l) => s + lineTotal(l), 0),
      );
    for (const day of calendar.days) {
      expect(day.gross, day.businessDay).toBe(fromOrders.get(day.businessDay) ?? 0);
      const voucher = preview.vouchers.find((v) => v.businessDay === day.businessDay);
      const salesLines = (voucher?.lines ?? []).filter(
        (l) => l.source === 'revenue' || l.source === 'gift_card_sold',
      );
      expect(day.gross, day.businessDay).toBe(0 - salesLines.reduce((s, l) => s + l.amount, 0));
    }
  });

  it("charts gross and what PowerOffice GO holds: the sent voucher's sales, not the late sale, nothing for a reversed day", async () => {
    const chart = await get<DepartmentSalesChart>(
      `/api/departments/${kit.departmentId}/overview/sales?days=30&to=2026-02-28`,
    );
    expect(chart).toMatchObject({ from: '2026-01-30', to: '2026-02-28' });
    expect(chart.days).toHaveLength(30);
    const calendar = await get<DepartmentCalendar>(
      `/api/departments/${kit.departmentId}/overview/calendar?month=2026-02`,
    );
    const chartOf = (day: string) => chart.days.find((d) => d.businessDay === day)!;
    for (const day of calendar.days) expect(chartOf(day.businessDay).gross).toBe(day.gross);
    const grossOf = (day: string) => calendar.days.find((d) => d.businessDay === day)!.gross;
    expect(chartOf('2026-02-02').transferred).toBe(grossOf('2026-02-02'));
    expect(chartOf('2026-02-06').transferred).toBe(grossOf('2026-02-06') - lineTotal(late.lines[0]!));
    for (const day of ['2026-02-03', '2026-02-04', '2026-02-05', '2026-02-09'])
      expect(chartOf(day).transferred, day).toBe(0);

    // After the correction PowerOffice holds the late sale too.
    expect(
      (await kit.call('POST', `/api/departments/${kit.departmentId}/export/days/2026-02-06/correction`))
        .statusCode,
    ).toBe(200);
    const after = await get<DepartmentSalesChart>(
      `/api/departments/${kit.departmentId}/overview/sales?days=30&to=2026-02-28`,
    );
    expect(after.days.find((d) => d.businessDay === '2026-02-06')!.transferred).toBe(grossOf('2026-02-06'));
  });

  it("refuses a month that is not one, another company's department and staff", async () => {
    for (const month of ['2026-13', '2026-2', 'feb', '1999-12']) {
      const res = await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/overview/calendar?month=${month}`,
      );
      expect(res.statusCode, month).toBe(400);
      expect(res.json()).toMatchObject({ errors: [{ path: 'month', message: expect.any(String) }] });
      expect(res.json().errors).toHaveLength(1);
    }
    expect(
      (await kit.call('GET', `/api/departments/${kit.departmentId}/overview/sales?days=31`)).statusCode,
    ).toBe(400);
    const other = await seedOtherCompany(kit.app.db);
    for (const url of [
      `/api/departments/${other.departmentId}/overview/calendar?month=2026-02`,
      `/api/departments/${other.departmentId}/overview/sales?days=30`,
    ]) {
      expect((await kit.call('GET', url)).statusCode).toBe(404);
    }
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect(
      (
        await kit.call(
          'GET',
          `/api/departments/${kit.departmentId}/overview/calendar?month=2026-02`,
          undefined,
          staff,
        )
      ).statusCode,
    ).toBe(403);
  });
});
