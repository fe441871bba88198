import { findLiveIntegration, listProductTypes, updateIntegration, updateProductType } from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';

let kit: ExportKit;
let clock = new Date('2026-04-01T00:00:00+02:00');
beforeAll(async () => {
  kit = await createExportKit();
}, 120_000);
afterAll(() => kit?.close());

/** One scheduler tick at the given instant, and every transfer it started run to the end. */
async function tickAt(instant: string) {
  clock = new Date(instant);
  const jobs = kit.app.exportJobs;
  jobs.scheduler.now = () => clock;
  await jobs.scheduler.tick();
  await jobs.runner.idle();
}
const postedDays = async () =>
  (await kit.vouchers())
    .filter((v) => v.VoucherDate.startsWith('2026-04'))
    .map((v) => v.VoucherDate)
    .sort();

describe('automatic export with a controllable clock', () => {
  it('posts each day after it ends plus the grace, never days before switch-on, and catches up after downtime', async () => {
    kit.app.exportJobs.scheduler.now = () => clock;
    await kit.ingest(
      ['2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05'].map((d, i) =>
        cardSale(`A${i}`, d, 2000 + i),
      ),
    );
    // Switched on during business day 3 April: 1 and 2 April are history and stay manual.
    const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
    await updateIntegration(kit.app.db, integration.id, {
      auto_export: 1,
      auto_export_since: '2026-04-03T08:00:00.000Z',
    });

    await tickAt('2026-04-04T05:10:00+02:00'); // 3 April ended at 05:00, the grace not yet over
    expect(await postedDays()).toEqual([]);

    await tickAt('2026-04-04T05:31:00+02:00');
    expect(await postedDays()).toEqual(['2026-04-03']);
    const history = (
      await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/export/history?from=2026-04-01&to=2026-04-03`,
      )
    ).json();
    expect(history.days.map((d: { status: string }) => d.status)).toEqual([
      'not_transferred',
      'not_transferred',
      'sent',
    ]);
    expect(history.days[2]).toMatchObject({ automatic: true, sentBy: null });

    // The BFF was down from 4 April to 6 April noon: both missed days go out on the first tick.
    await tickAt('2026-04-06T12:00:00+02:00');
    expect(await postedDays()).toEqual(['2026-04-03', '2026-04-04', '2026-04-05']);
    await tickAt('2026-04-06T12:01:00+02:00');
    expect(await postedDays()).toEqual(['2026-04-03', '2026-04-04', '2026-04-05']);
  });

  it('records a blocked day once with its reason and posts it when the mapping is fixed', async () => {
    await kit.ingest([
      {
        id: 'B1',
        closedAt: '2026-04-06T20:00:00+02:00',
        lines: [{ type: 'Dessert', quantity: 1, unitPrice: 7500, vatRate: 25 }],
        payments: [{ type: 'Kort', amount: 7500 }],
      },
    ]);
    await tickAt('2026-04-07T06:00:00+02:00');
    const blocked = (
      await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/export/history?from=2026-04-06&to=2026-04-06`,
      )
    ).json();
    expect(blocked.days[0]).toMatchObject({ status: 'blocked', message: expect.stringMatching(/Dessert/) });
    const transfers = async () =>
      (
        await kit.app.db
          .selectFrom('export_transfers')
          .select('id')
          .where('trigger', '=', 'automatic')
          .execute()
      ).length;
    const before = await transfers();
    await tickAt('2026-04-07T06:01:00+02:00');
    expect(await transfers()).toBe(before); // nothing changed, nothing retried

    const dessert = (await listProductTypes(kit.app.db, kit.companyId)).find((p) => p.name === 'Dessert')!;
    await updateProductType(kit.app.db, kit.companyId, dessert.id, {
      name: 'Dessert',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    await tickAt('2026-04-07T06:02:00+02:00');
    expect(await postedDays()).toContain('2026-04-06');
  });
});
