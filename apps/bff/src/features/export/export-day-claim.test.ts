import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dayAction,
  expectBookedOnce,
  heldFor,
  heldOrDone,
  sendingOrDone,
  transferThenChange,
} from '../../test/export-race-kit';
import { createExportKit, type ExportKit } from '../../test/export-test-kit';

/*
 * A correction and a reversal of the same day sent close together (on SQLite, and on PostgreSQL in
 * the postgres project): the day's claim lets one finish before the other starts, so each day ends
 * booked once in PowerOffice after the next transfer, whichever came first.
 */

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit();
}, 120_000);
afterAll(() => kit?.close());

/** Slow PowerOffice answers, so the first request still holds the day when the second arrives. */
async function withSlowPowerOffice<T>(run: () => Promise<T>): Promise<T> {
  await kit.sim('POST', '/_sim/faults', { latencyMs: 200 });
  try {
    return await run();
  } finally {
    await kit.sim('DELETE', '/_sim/faults');
  }
}

describe('a correction and a reversal of one day, close together', () => {
  it('correction first: a reversal asked while the correction is sent waits for it, then reverses it with the day', async () => {
    const days = ['2026-01-12', '2026-01-13', '2026-01-14'];
    await transferThenChange(kit, days, 'CF');
    const answers = await withSlowPowerOffice(() =>
      Promise.all(
        days.map(async (day) => {
          const correction = dayAction(kit, kit.app, 'correction', day);
          await sendingOrDone(kit, day, correction);
          const reversal = dayAction(kit, kit.app, 'reverse', day);
          return [await correction, await reversal] as const;
        }),
      ),
    );
    for (const [correction, reversal] of answers) {
      expect(correction.statusCode, correction.body).toBe(200);
      expect(reversal.statusCode, reversal.body).toBe(200);
    }
    for (const day of days) {
      // The day's voucher and its correction are both reversed: nothing of the day is active.
      const held = await heldFor(kit, day);
      expect(held.active, day).toEqual([]);
      expect(held.net, day).toEqual({});
    }
    const again = await kit.transfer(days[0]!, days[2]!);
    expect(again.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    for (const day of days) await expectBookedOnce(kit, day, 2);
  }, 120_000);

  it('reversal first: the correction waits for it and is refused, saying to transfer the day again', async () => {
    const days = ['2026-01-19', '2026-01-20', '2026-01-21'];
    await transferThenChange(kit, days, 'RF');
    const answers = await withSlowPowerOffice(() =>
      Promise.all(
        days.map(async (day) => {
          const reversal = dayAction(kit, kit.app, 'reverse', day);
          await heldOrDone(kit, day, 'reversal', reversal);
          const correction = dayAction(kit, kit.app, 'correction', day);
          return [await reversal, await correction] as const;
        }),
      ),
    );
    for (const [reversal, correction] of answers) {
      expect(reversal.statusCode, reversal.body).toBe(200);
      expect(correction.statusCode, correction.body).toBe(422);
      expect(correction.json()).toMatchObject({
        code: 'day_reversed',
        detail: expect.stringContaining('Overfør dagen på nytt'),
      });
    }
    const again = await kit.transfer(days[0]!, days[2]!);
    expect(again.days.map((d) => d.status)).toEqual(['sent', 'sent', 'sent']);
    for (const day of days) await expectBookedOnce(kit, day, 2);
  }, 120_000);

  it('both sent at the same instant, whichever wins: each day is booked once after the next transfer', async () => {
    const days = ['2026-01-26', '2026-01-27', '2026-01-28', '2026-01-29'];
    await transferThenChange(kit, days, 'BO');
    const answers = await withSlowPowerOffice(() =>
      Promise.all(
        days.map((day) =>
          Promise.all([dayAction(kit, kit.app, 'correction', day), dayAction(kit, kit.app, 'reverse', day)]),
        ),
      ),
    );
    for (const [correction, reversal] of answers) {
      expect(reversal.statusCode, reversal.body).toBe(200);
      expect([200, 422], correction.body).toContain(correction.statusCode);
    }
    await kit.transfer(days[0]!, days[3]!);
    for (const day of days) await expectBookedOnce(kit, day, 2);
  }, 120_000);

  it('a correction PowerOffice took but that was never recorded (its sender died) is reversed with the day', async () => {
    const day = '2026-02-02';
    await transferThenChange(kit, [day], 'LS');
    const correction = await dayAction(kit, kit.app, 'correction', day);
    expect(correction.statusCode, correction.body).toBe(200);
    // Back to the instant between PowerOffice's commit and our bookkeeping.
    await kit.app.db
      .updateTable('export_postings')
      .set({ status: 'sending', voucher_id: null, voucher_no: null, posted_at: null })
      .where('reference', '=', correction.json().externalReference)
      .execute();
    const reversal = await dayAction(kit, kit.app, 'reverse', day);
    expect(reversal.statusCode, reversal.body).toBe(200);
    const held = await heldFor(kit, day);
    expect(held.active).toEqual([]);
    expect(
      held.all.find((v) => v.ExternalImportReference === correction.json().externalReference)?.IsReversed,
    ).toBe(true);
    await kit.transfer(day, day);
    await expectBookedOnce(kit, day, 2);
  }, 120_000);

  it('a correction of a day reversed earlier is refused with what to do instead', async () => {
    const day = '2026-02-03';
    await transferThenChange(kit, [day], 'RE');
    expect((await dayAction(kit, kit.app, 'reverse', day)).statusCode).toBe(200);
    const refused = await dayAction(kit, kit.app, 'correction', day);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      code: 'day_reversed',
      title: 'Driftsdøgnet er reversert',
      detail: `Driftsdøgnet ${day} er reversert i PowerOffice GO og kan ikke korrigeres. Overfør dagen på nytt i stedet; da posteres den slik den er nå.`,
    });
    // Nothing of the day is left claimed.
    const claims = await kit.app.db
      .selectFrom('export_day_claims')
      .selectAll()
      .where('department_id', '=', kit.departmentId)
      .execute();
    expect(claims).toEqual([]);
  }, 120_000);
});
