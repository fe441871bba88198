import { businessDayOf } from '@qo/accounting';
import {
  findLiveIntegration,
  finishTransfer,
  insertTransfer,
  leaseTransfer,
  listProductTypes,
  updateIntegration,
} from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';
import { logIn, type LoggedIn } from '../../test/test-app';
import { startSmtpTestServer, type SmtpTestServer } from '../../test/smtp-test-server';

/*
 * Varsler through a real SMTP server started by the test: an automatic export whose day fails
 * tells each user once, tells nobody again on the retries that fail too, and tells each of them
 * once more when a retry succeeds; each in the language they chose, and only the kinds they chose.
 * The clock runs from the real present (the POS refuses sales far from it), moved by minutes.
 */

const PUBLIC_URL = 'https://backoffice.restaurant.example';
const OWNER = 'eier@demo.no';
const ACCOUNTANT = 'regnskap@demo.no';
const STAFF = 'ansatt@demo.no';
const DAY_MS = 24 * 3_600_000;

const base = Date.now();
const at = (minutes: number) => new Date(base + minutes * 60_000);
/** A business day that ended days ago, and the one after it. */
const failingDay = businessDayOf(new Date(base - 3 * DAY_MS), '05:00');
const blockedDay = businessDayOf(new Date(base - 2 * DAY_MS), '05:00');
const ddmmyyyy = (day: string) => day.split('-').reverse().join('.');

let kit: ExportKit;
let smtp: SmtpTestServer;
let staff: LoggedIn;

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  kit = await createExportKit({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Quickorder Varsler <varsler@restaurant.example>',
    PUBLIC_URL,
  });
  staff = await logIn(kit.app, STAFF);
  const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
  // Switched on before the days the test sells on: they are exported automatically.
  await updateIntegration(kit.app.db, integration.id, {
    auto_export: 1,
    auto_export_since: new Date(base - 4 * DAY_MS).toISOString(),
  });
}, 120_000);

afterAll(async () => {
  await kit?.close();
  await smtp?.close();
});

/** One automatic-export tick at `instant`, its transfers to the end, then the alerts' checks and e-mails. */
async function tickAt(instant: Date) {
  const { app } = kit;
  app.exportJobs.scheduler.now = () => instant;
  app.alerts.now = () => instant;
  await app.exportJobs.scheduler.tick();
  await app.exportJobs.runner.idle();
  await app.alerts.idle();
  await app.alerts.tick();
  await app.alerts.idle();
}

async function setPowerOfficeDepartment(name: string) {
  const { Clients } = (await kit.sim('GET', '/_sim/clients')) as {
    Clients: { ClientName: string; Departments: { Id: number; Name: string }[] }[];
  };
  const department = Clients.find((c) => c.ClientName === 'Demo Restaurant AS')!.Departments.find(
    (d) => d.Name === name,
  )!;
  const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
  await updateIntegration(kit.app.db, integration.id, { poweroffice_department_id: department.Id });
}

const automaticTransfers = async () =>
  (await kit.app.db.selectFrom('export_transfers').select('id').where('trigger', '=', 'automatic').execute())
    .length;

describe('alert e-mails over SMTP', () => {
  it('tells each user once when the automatic export leaves a day failed, in their language', async () => {
    const choose = await kit.call(
      'PUT',
      '/api/alerts/preferences',
      {
        language: 'en',
        delivery: 'immediate',
        emailKinds: ['day_failed', 'day_blocked', 'day_changed', 'auto_export_stopped'],
      },
      kit.accountant,
    );
    expect(choose.statusCode).toBe(200);
    await kit.ingest([cardSale('F1', failingDay, 12_300)]);
    // The PowerOffice department chosen for Sentrum is one PowerOffice GO has made inactive: it
    // refuses every voucher on it until another is chosen.
    await setPowerOfficeDepartment('Catering (nedlagt)');

    await tickAt(at(0));
    const history = (
      await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/export/history?from=${failingDay}&to=${failingDay}`,
      )
    ).json() as { days: { status: string }[] };
    expect(history.days[0]!.status).toBe('failed');

    const [owner] = smtp.to(OWNER);
    expect(smtp.to(OWNER)).toHaveLength(1);
    expect(owner!.from).toBe('varsler@restaurant.example');
    expect(owner!.subject).toBe(`Driftsdøgnet ${ddmmyyyy(failingDay)} i Sentrum ble ikke overført`);
    expect(owner!.text).toMatch(/^Hei Eva Eier,/);
    expect(owner!.text).toContain('PowerOffice GO svarte:');
    const fixLink = `${PUBLIC_URL}/export?from=${failingDay}&to=${failingDay}&department=${kit.departmentId}`;
    expect(owner!.text).toContain(fixLink);
    expect(owner!.html).toContain(`href="${fixLink.replace(/&/g, '&amp;')}"`);
    expect(owner!.text).toContain(`${PUBLIC_URL}/alerts`);

    expect(smtp.to(ACCOUNTANT)).toHaveLength(1);
    expect(smtp.to(ACCOUNTANT)[0]!.subject).toBe(
      `Business day ${ddmmyyyy(failingDay)} of Sentrum was not transferred`,
    );
    expect(smtp.to(ACCOUNTANT)[0]!.text).toMatch(/^Hi Rolf Regnskap,/);
    // Staff are told of sales orders only, and by e-mail only when they ask.
    expect(smtp.to(STAFF)).toHaveLength(0);
  }, 120_000);

  it('tells nobody again while the retries fail too', async () => {
    const before = await automaticTransfers();
    await tickAt(at(16)); // past the automatic export's wait before a failed day is tried again
    expect(await automaticTransfers()).toBe(before + 1);
    await tickAt(at(33));
    expect(await automaticTransfers()).toBe(before + 2);
    const history = (
      await kit.call(
        'GET',
        `/api/departments/${kit.departmentId}/export/history?from=${failingDay}&to=${failingDay}`,
      )
    ).json() as { days: { status: string }[] };
    expect(history.days[0]!.status).toBe('failed');
    expect(smtp.received).toHaveLength(2);
  }, 120_000);

  it('does not take a day being sent again for solved', async () => {
    const { db } = kit.app;
    // A transfer holds the day right now: its voucher is being sent, so for a moment it is not "failed".
    const transfer = await insertTransfer(db, {
      companyId: kit.companyId,
      departmentId: kit.departmentId,
      from: failingDay,
      to: failingDay,
      trigger: 'manual',
      userId: null,
      days: [failingDay],
    });
    expect(await leaseTransfer(db, transfer.id, new Date(), 600_000)).toBe(true);
    const posting = db
      .updateTable('export_postings')
      .where('department_id', '=', kit.departmentId)
      .where('business_day', '=', failingDay);
    await posting.set({ status: 'sending' }).where('status', '=', 'failed').execute();
    try {
      const result = await kit.app.alerts.checkCompany(kit.companyId);
      expect(result.solved).toEqual([]);
    } finally {
      await posting.set({ status: 'failed' }).where('status', '=', 'sending').execute();
      await finishTransfer(db, transfer.id, 'done');
    }
    await kit.app.alerts.idle();
    expect(smtp.received).toHaveLength(2);
  });

  it('tells each of them once when a retry succeeds', async () => {
    await setPowerOfficeDepartment('Sentrum');
    await tickAt(at(50));
    expect((await kit.vouchers()).map((v) => v.VoucherDate)).toContain(failingDay);

    expect(smtp.to(OWNER).map((m) => m.subject)).toEqual([
      `Driftsdøgnet ${ddmmyyyy(failingDay)} i Sentrum ble ikke overført`,
      `Løst: Driftsdøgnet ${ddmmyyyy(failingDay)} i Sentrum ble ikke overført`,
    ]);
    expect(smtp.to(ACCOUNTANT).map((m) => m.subject)).toEqual([
      `Business day ${ddmmyyyy(failingDay)} of Sentrum was not transferred`,
      `Solved: Business day ${ddmmyyyy(failingDay)} of Sentrum was not transferred`,
    ]);
    await tickAt(at(60));
    expect(smtp.received).toHaveLength(4);
  }, 120_000);

  it('sends only the kinds a user chose, with the link to the row that fixes it', async () => {
    const kinds = [
      'day_failed',
      'day_changed',
      'auto_export_stopped',
      'sales_order_failed',
      'connection_failed',
    ];
    const saved = await kit.call(
      'PUT',
      '/api/alerts/preferences',
      { language: 'nb', delivery: 'immediate', emailKinds: kinds },
      kit.owner,
    );
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ language: 'nb', delivery: 'immediate', emailKinds: kinds });

    // Dessert has no revenue account: the day is blocked until it gets one.
    await kit.ingest([
      {
        id: 'D1',
        closedAt: `${blockedDay}T12:00:00+01:00`,
        lines: [{ type: 'Dessert', quantity: 1, unitPrice: 7500, vatRate: 25 }],
        payments: [{ type: 'Kort', amount: 7500 }],
      },
    ]);
    await tickAt(at(70));
    const dessert = (await listProductTypes(kit.app.db, kit.companyId)).find((p) => p.name === 'Dessert')!;
    const blocked = smtp.to(ACCOUNTANT).slice(2);
    expect(blocked.map((m) => m.subject)).toEqual([
      `Business day ${ddmmyyyy(blockedDay)} of Sentrum cannot be transferred`,
    ]);
    expect(blocked[0]!.text).toContain(`${PUBLIC_URL}/product-types?focus=${dessert.id}`);
    expect(smtp.to(OWNER)).toHaveLength(2); // day_blocked is not among the owner's kinds now
  }, 120_000);
});

describe('the bell and the Varsler page', () => {
  it('lists the alerts of the role, unread until marked read, per user', async () => {
    const bell = (await kit.call('GET', '/api/alerts', undefined, kit.owner)).json() as {
      unread: number;
      items: { id: string; kind: string; state: string; read: boolean; problem: { businessDay: string } }[];
    };
    expect(bell.items.map((i) => [i.kind, i.state, i.problem.businessDay])).toEqual([
      ['day_blocked', 'open', blockedDay],
      ['day_failed', 'solved', failingDay],
    ]);
    expect(bell.unread).toBe(2);

    const read = await kit.call('POST', '/api/alerts/read', { ids: [bell.items[0]!.id] }, kit.owner);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ unread: 1 });
    // Read for the owner only.
    expect((await kit.call('GET', '/api/alerts', undefined, kit.accountant)).json()).toMatchObject({
      unread: 2,
    });
    const all = await kit.call('POST', '/api/alerts/read', { all: true }, kit.accountant);
    expect(all.json()).toMatchObject({ unread: 0 });
    // Staff are told of sales orders only: none here.
    expect((await kit.call('GET', '/api/alerts', undefined, staff)).json()).toEqual({ unread: 0, items: [] });
  });

  it('gives each role its kinds and refuses, per field, a kind the role is not told of', async () => {
    const staffPrefs = (await kit.call('GET', '/api/alerts/preferences', undefined, staff)).json();
    expect(staffPrefs).toMatchObject({
      language: 'nb',
      delivery: 'immediate',
      emailKinds: [],
      availableKinds: ['sales_order_failed'],
      email: STAFF,
      digestHour: 7,
    });
    const refused = await kit.call(
      'PUT',
      '/api/alerts/preferences',
      { language: 'nb', delivery: 'digest', emailKinds: ['sales_order_failed', 'connection_failed'] },
      staff,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { path: 'emailKinds.1', message: expect.stringContaining('connection_failed') },
    ]);
    const bad = await kit.call(
      'PUT',
      '/api/alerts/preferences',
      { language: 'se', delivery: 'weekly', emailKinds: ['nonsense'] },
      staff,
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['delivery', 'emailKinds.0', 'language']);
  });
});
