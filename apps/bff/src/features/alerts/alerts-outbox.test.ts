import { businessDayOf, fromOsloLocal, toOsloLocal, addDays } from '@qo/accounting';
import { findLiveIntegration, listAlertMails, updateIntegration } from '@qo/db';
import { simpleParser, type ParsedMail } from 'mailparser';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExportKit, type ExportKit } from '../../test/export-test-kit';
import { WANTED_PRIVILEGES } from '../../services/poweroffice/privileges';

/*
 * Varsler with no SMTP server configured (the embedded default): every message is written to
 * DATA_DIR/outbox as an RFC 822 .eml file. And the daily digest: a user who chose it gets no
 * e-mail per problem, but one at the digest hour (Oslo time) listing the day's problems.
 */

const DAY_MS = 24 * 3_600_000;
const base = Date.now();
const blockedDay = businessDayOf(new Date(base - 2 * DAY_MS), '05:00');
const ddmmyyyy = (day: string) => day.split('-').reverse().join('.');

/** The first 07:05 in Oslo after `instant` (the digest hour is 7). */
function nextDigestTime(instant: Date): Date {
  const local = toOsloLocal(instant.getTime());
  const today = fromOsloLocal(local.date, 7 * 60 + 5);
  return new Date(today > instant.getTime() ? today : fromOsloLocal(addDays(local.date, 1), 7 * 60 + 5));
}

let kit: ExportKit;
let outbox: string;

beforeAll(async () => {
  kit = await createExportKit({ PUBLIC_URL: 'http://127.0.0.1:3000', ALERT_DIGEST_HOUR: '7' });
  outbox = join(kit.env.DATA_DIR!, 'outbox');
  const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
  await updateIntegration(kit.app.db, integration.id, {
    auto_export: 1,
    auto_export_since: new Date(base - 4 * DAY_MS).toISOString(),
  });
}, 120_000);
afterAll(() => kit?.close());

async function emlFiles(): Promise<ParsedMail[]> {
  if (!existsSync(outbox)) return [];
  const names = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort();
  return Promise.all(names.map((f) => simpleParser(readFileSync(join(outbox, f)))));
}
const toAddress = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.value[0]?.address;

describe('alert e-mails without SMTP', () => {
  // The blocked day is checked an hour before the next digest, so the digest covers it.
  const digestAt = nextDigestTime(new Date(base + 2 * 3_600_000));
  const seenAt = new Date(digestAt.getTime() - 3_600_000);

  it('writes each message to DATA_DIR/outbox as an .eml file; a digest user gets none at once', async () => {
    const saved = await kit.call(
      'PUT',
      '/api/alerts/preferences',
      { language: 'nb', delivery: 'digest', emailKinds: ['day_failed', 'day_blocked'] },
      kit.accountant,
    );
    expect(saved.statusCode).toBe(200);
    await kit.ingest([
      {
        id: 'D1',
        closedAt: `${blockedDay}T12:00:00+01:00`,
        lines: [{ type: 'Dessert', quantity: 1, unitPrice: 7500, vatRate: 25 }],
        payments: [{ type: 'Kort', amount: 7500 }],
      },
    ]);
    const jobs = kit.app.exportJobs;
    jobs.scheduler.now = () => new Date(base);
    kit.app.alerts.now = () => seenAt;
    await jobs.scheduler.tick();
    await jobs.runner.idle();
    await kit.app.alerts.idle();

    const files = await emlFiles();
    expect(files.map(toAddress)).toEqual(['eier@demo.no']);
    const [mail] = files;
    expect(mail!.subject).toBe(`Driftsdøgnet ${ddmmyyyy(blockedDay)} i Sentrum kan ikke overføres`);
    expect(mail!.from?.value[0]?.address).toBe('varsler@localhost');
    expect(mail!.text).toContain('Hei Eva Eier,');
    expect(mail!.text).toContain('http://127.0.0.1:3000/product-types?focus=');
    expect(mail!.html).toContain('<strong>Driftsdøgnet');
    // Real RFC 822: CRLF line ends and the headers a mail program needs.
    const raw = readFileSync(join(outbox, readdirSync(outbox)[0]!), 'utf8');
    expect(raw).toMatch(/\r\nMessage-ID: <[^>]+>\r\n/);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/m);
    const rows = await listAlertMails(kit.app.db, kit.companyId);
    expect(rows.map((r) => [r.to_address, r.status])).toEqual([['eier@demo.no', 'sent']]);
    expect(rows[0]!.delivered_to).toMatch(/outbox[/\\].+\.eml$/);
  }, 120_000);

  it("sends the digest once, at the digest hour, holding the day's problems", async () => {
    kit.app.alerts.now = () => new Date(digestAt.getTime() - 10 * 60_000);
    await kit.app.alerts.tick();
    await kit.app.alerts.idle();
    expect((await emlFiles()).map(toAddress)).toEqual(['eier@demo.no']);

    kit.app.alerts.now = () => digestAt;
    await kit.app.alerts.tick();
    await kit.app.alerts.idle();
    const digests = (await emlFiles()).filter((m) => toAddress(m) === 'regnskap@demo.no');
    expect(digests).toHaveLength(1);
    const digestDate = ddmmyyyy(toOsloLocal(digestAt.getTime()).date);
    expect(digests[0]!.subject).toBe(`Varsler ${digestDate}: én sak`);
    expect(digests[0]!.text).toContain(
      `[Åpen] Driftsdøgnet ${ddmmyyyy(blockedDay)} i Sentrum kan ikke overføres`,
    );

    kit.app.alerts.now = () => new Date(digestAt.getTime() + 3 * 3_600_000);
    await kit.app.alerts.tick();
    await kit.app.alerts.idle();
    expect((await emlFiles()).filter((m) => toAddress(m) === 'regnskap@demo.no')).toHaveLength(1);
  }, 120_000);

  it('checks a quiet connection hourly and tells the owner of a privilege PowerOffice withdrew', async () => {
    const demo = '5e1d0001-0000-4000-8000-000000000001';
    const privileges = (list: readonly string[]) =>
      kit.sim('PUT', `/_sim/clients/${demo}/privileges`, { Privileges: list });
    await privileges(WANTED_PRIVILEGES.filter((p) => p !== 'VoucherDocumentation_Full'));
    const before = (await kit.sim('GET', '/_sim/requests')) as { Requests: unknown[] };
    // Nothing has called PowerOffice for Sentrum for over an hour by this clock.
    kit.app.alerts.now = () => new Date(digestAt.getTime() + 4 * 3_600_000);
    await kit.app.alerts.tick();
    await kit.app.alerts.idle();
    const calls = (
      (await kit.sim('GET', '/_sim/requests')) as { Requests: { path: string }[] }
    ).Requests.slice(before.Requests.length);
    expect(calls.map((c) => c.path).filter((p) => p.includes('ClientIntegrationInformation'))).toHaveLength(
      1,
    );
    const owner = (await emlFiles()).filter((m) => toAddress(m) === 'eier@demo.no');
    expect(owner.map((m) => m.subject)).toEqual([
      `Driftsdøgnet ${ddmmyyyy(blockedDay)} i Sentrum kan ikke overføres`,
      'Sentrum mangler rettigheter i PowerOffice GO',
    ]);
    expect(owner[1]!.text).toContain('VoucherDocumentation_Full');
    expect(owner[1]!.text).toContain('http://127.0.0.1:3000/integrations');

    // Given back: the next quiet hour's check finds it in order.
    await privileges(WANTED_PRIVILEGES);
    kit.app.alerts.now = () => new Date(digestAt.getTime() + 6 * 3_600_000);
    await kit.app.alerts.tick();
    await kit.app.alerts.idle();
    expect((await emlFiles()).filter((m) => toAddress(m) === 'eier@demo.no').map((m) => m.subject)).toContain(
      'Løst: Sentrum mangler rettigheter i PowerOffice GO',
    );
  }, 120_000);
});
