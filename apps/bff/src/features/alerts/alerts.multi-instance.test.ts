import { listAlertMails } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';

/*
 * Two BFF instances on one PostgreSQL database check the same company at the same moment, again
 * and again: each problem opens one alert, each user is told once that it began and once that it
 * was solved, and each of those e-mails is written once, whichever instance sends it.
 */

let kit: ExportKit;
let other: FastifyInstance;
beforeAll(async () => {
  kit = await createExportKit();
  other = await kit.buildInstance();
}, 120_000);
afterAll(async () => {
  await other?.close();
  await kit?.close();
});

const day = '2026-01-07';

/** Both instances check the company at once, a few rounds, and send what they queued. */
async function checkOnBoth() {
  for (let round = 0; round < 3; round++) {
    await Promise.all([kit.app.alerts.checkCompany(kit.companyId), other.alerts.checkCompany(kit.companyId)]);
  }
  await Promise.all([kit.app.alerts.sender.run(), other.alerts.sender.run()]);
  await Promise.all([kit.app.alerts.idle(), other.alerts.idle()]);
}

const outboxFiles = () => {
  try {
    return readdirSync(join(kit.env.DATA_DIR!, 'outbox')).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
};

describe('alerts on two instances', () => {
  it('opens one alert and tells each user once, then once that it is solved', async () => {
    await kit.ingest([cardSale('M1', day, 6_500)]);
    expect((await kit.transfer(day, day)).days[0]!.status).toBe('sent');
    await Promise.all([kit.app.alerts.idle(), other.alerts.idle()]);
    // A sale of the day arrives after its transfer: nothing but the checks notices it.
    await kit.ingest([cardSale('M2', day, 4_300)]);
    await checkOnBoth();

    const alerts = await kit.app.db.selectFrom('alerts').selectAll().execute();
    expect(alerts.map((a) => [a.kind, a.solved_at])).toEqual([['day_changed', null]]);
    const opened = (await listAlertMails(kit.app.db, kit.companyId)).map((m) => [
      m.type,
      m.to_address,
      m.status,
    ]);
    expect(opened.sort()).toEqual([
      ['opened', 'eier@demo.no', 'sent'],
      ['opened', 'regnskap@demo.no', 'sent'],
    ]);
    expect(outboxFiles()).toHaveLength(2);

    // The correction brings PowerOffice up to date; the checks find the problem gone.
    const correction = await kit.call(
      'POST',
      `/api/departments/${kit.departmentId}/export/days/${day}/correction`,
    );
    expect(correction.statusCode).toBe(200);
    await checkOnBoth();

    const after = await kit.app.db.selectFrom('alerts').selectAll().execute();
    expect(after).toHaveLength(1);
    expect(after[0]!.solved_at).not.toBeNull();
    const mails = (await listAlertMails(kit.app.db, kit.companyId)).map((m) => [
      m.type,
      m.to_address,
      m.status,
    ]);
    expect(mails.filter((m) => m[0] === 'solved').sort()).toEqual([
      ['solved', 'eier@demo.no', 'sent'],
      ['solved', 'regnskap@demo.no', 'sent'],
    ]);
    expect(outboxFiles()).toHaveLength(4);
  }, 120_000);
});
