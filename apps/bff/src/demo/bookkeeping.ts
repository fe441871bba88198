import { addDays, toOsloLocal } from '@qo/accounting';
import { CSRF_COOKIE, CSRF_HEADER } from '@qo/contracts';
import { findUserByEmail, listDepartments } from '@qo/db';
import type { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { SESSION_COOKIE } from '../lib/sessions';
import { DEMO_PASSWORD, DEMO_USERS } from './seed';
import { planDemoSettlements, type ClearingDebit } from './settlement-plan';

/*
 * The demo's bookkeeping (DEMO_RECONCILIATION, which `npm start` sets): so Avstemming has something
 * true to show after the first start, Sentrum is connected to the simulator's "Demo Restaurant AS",
 * the three mappings are chosen from its chart, last month is transferred as day vouchers, and the
 * acquirers' payouts for it are booked at the simulator (see settlement-plan.ts). Everything goes
 * through the app's own API as the demo owner would do it by hand, and through the simulator's admin
 * API for the bank side. Runs once, in the background after the server listens, and only while no
 * department of the demo company has ever been connected. Never in production.
 */

const SIM_WAIT_MS = 60_000;
const TRANSFER_WAIT_MS = 10 * 60_000;

interface Log {
  info(message: string): void;
  warn(message: string): void;
}

/** The simulator's admin base ("http://127.0.0.1:4010") from the API URL ("…/v2" or "…/Demo/v2"). */
export function simulatorBase(apiUrl: string): string {
  const url = new URL(apiUrl);
  return `${url.origin}${url.pathname.replace(/\/(Demo\/)?v2\/?$/i, '')}`;
}

export async function shouldRunDemoBookkeeping(app: FastifyInstance): Promise<boolean> {
  if (!app.config.demoSeed || !app.config.demoReconciliation || app.config.isProduction) return false;
  const owner = await findUserByEmail(app.db, DEMO_USERS.find((u) => u.role === 'owner')!.email);
  if (!owner) return false;
  const departments = await listDepartments(app.db, owner.company_id);
  const connectedEver = await app.db
    .selectFrom('department_integrations')
    .select('id')
    .where('department_id', 'in', departments.length ? departments.map((d) => d.id) : [''])
    .executeTakeFirst();
  return connectedEver === undefined;
}

export async function runDemoBookkeeping(app: FastifyInstance, log: Log): Promise<void> {
  const started = Date.now();
  const base = simulatorBase(app.config.powerOffice.apiUrl);
  const sim = await waitForSimulator(base);
  if (!sim) {
    log.warn(
      `demo bookkeeping: no PowerOffice simulator answers at ${base}/_sim/clients; Sentrum is left unconnected`,
    );
    return;
  }
  const client = sim.Clients.find((c) => c.ClientName === 'Demo Restaurant AS');
  const key = client?.ApplicationKeys.find((k) => k.Slot === 0)?.ClientKey;
  if (!client || !key) return log.warn('demo bookkeeping: the simulator has no "Demo Restaurant AS"');

  const owner = DEMO_USERS.find((u) => u.role === 'owner')!.email;
  const api = await apiAs(app, owner);
  const departments = await api<{ id: string; name: string }[]>('GET', '/api/departments');
  const sentrum = departments.find((d) => d.name === 'Sentrum');
  if (!sentrum) return;
  await api('PUT', `/api/departments/${sentrum.id}/integration`, { slot: 0, clientKey: key });
  const poDepartment = client.Departments.find((d) => d.Name === 'Sentrum');
  if (poDepartment)
    await api('PATCH', `/api/departments/${sentrum.id}/integration`, {
      powerOfficeDepartmentId: poDepartment.Id,
    });
  await mapFromChart(api);

  const today = toOsloLocal(Date.now()).date;
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const to = addDays(firstOfMonth, -1);
  const from = `${to.slice(0, 7)}-01`;
  const { transferId } = await api<{ transferId: string }>(
    'POST',
    `/api/departments/${sentrum.id}/export/transfers`,
    { from, to },
  );
  const deadline = Date.now() + TRANSFER_WAIT_MS;
  let transfer: { status: string; days: { status: string }[] };
  for (;;) {
    transfer = await api('GET', `/api/transfers/${transferId}`);
    if (['done', 'failed', 'done_with_failures'].includes(transfer.status)) break;
    if (Date.now() > deadline)
      return log.warn('demo bookkeeping: the transfer of last month did not finish in time');
    await sleep(500);
  }
  const sent = transfer.days.filter((d) => d.status === 'sent' || d.status === 'already_sent').length;

  // What the vouchers debited the clearing accounts, day by day, as the preview shows it.
  const preview = await api<{
    vouchers: {
      businessDay: string;
      lines: { accountNo: number | null; amount: number; matchingReference?: string | null }[];
    }[];
  }>('GET', `/api/departments/${sentrum.id}/export/preview?from=${from}&to=${to}`);
  const debits: ClearingDebit[] = preview.vouchers.flatMap((v) =>
    v.lines
      .filter((l) => l.matchingReference && l.accountNo !== null)
      .map((l) => ({ accountNo: l.accountNo!, businessDay: v.businessDay, amount: l.amount })),
  );
  const plan = planDemoSettlements(sentrum.id, debits, today);
  if (plan.settlements.length > 0) {
    const booked = await fetch(`${base}/_sim/clients/${client.ClientId}/settlements`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ Settlements: plan.settlements.map(({ kind: _kind, days: _days, ...s }) => s) }),
    });
    if (!booked.ok)
      return log.warn(
        `demo bookkeeping: the simulator refused the settlements: ${booked.status} ${await booked.text()}`,
      );
  }
  log.info(
    `demo bookkeeping: Sentrum connected to Demo Restaurant AS, ${from}–${to} transferred (${sent} days), ` +
      `${plan.settlements.length} settlements booked (${plan.missing.length} missing on purpose, ${plan.notYet} not yet due) ` +
      `in ${Math.round((Date.now() - started) / 1000)} s`,
  );
}

type Api = <T = unknown>(method: string, url: string, payload?: object) => Promise<T>;

async function apiAs(app: FastifyInstance, email: string): Promise<Api> {
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`demo login failed: ${login.statusCode}`);
  const jar = Object.fromEntries(login.cookies.map((c) => [c.name, c.value]));
  const cookies = { [SESSION_COOKIE]: jar[SESSION_COOKIE] ?? '', [CSRF_COOKIE]: jar[CSRF_COOKIE] ?? '' };
  return async (method, url, payload) => {
    const res = await app.inject({
      method: method as 'GET',
      url,
      cookies,
      headers: method === 'GET' ? {} : { [CSRF_HEADER]: jar[CSRF_COOKIE] ?? '' },
      ...(payload ? { payload } : {}),
    });
    if (res.statusCode >= 400) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return (res.body ? res.json() : undefined) as never;
  };
}

/** The demo restaurant's mappings, from the simulator's chart (the same as the worked day of docs/voucher-rules.md). */
async function mapFromChart(api: Api): Promise<void> {
  const productAccounts: Record<string, [number, number | null]> = {
    Mat: [3010, 3040],
    Drikke: [3000, 3030],
    Alkohol: [3000, 3030],
    Dessert: [3010, 3040],
    Gavekort: [2901, null],
  };
  for (const p of await api<{ id: string; name: string; kind: string }[]>('GET', '/api/product-types')) {
    const accounts = productAccounts[p.name];
    if (accounts)
      await api('PUT', `/api/product-types/${p.id}`, {
        name: p.name,
        kind: p.kind,
        normalAccountNo: accounts[0],
        reducedAccountNo: accounts[1],
      });
  }
  for (const [rate, code] of [
    [25, '3'],
    [15, '31'],
    [12, '33'],
    [0, '5'],
  ] as const) {
    await api('PUT', `/api/vat-codes/${rate}`, { powerOfficeVatCode: code });
  }
  const paymentAccounts: Record<string, number> = {
    Kontant: 1900,
    Kort: 1503,
    Vipps: 1505,
    Gavekort: 2901,
    Kreditt: 1500,
  };
  for (const p of await api<{ id: string; name: string; kind: string; transferToAccounting: boolean }[]>(
    'GET',
    '/api/payment-types',
  )) {
    const accountNo = paymentAccounts[p.name];
    if (accountNo)
      await api('PUT', `/api/payment-types/${p.id}`, {
        name: p.name,
        kind: p.kind,
        accountNo,
        transferToAccounting: p.transferToAccounting,
      });
  }
  await api('PUT', '/api/accounting-settings', { roundingAccountNo: 7740 });
}

interface SimDirectory {
  Clients: {
    ClientId: string;
    ClientName: string;
    ApplicationKeys: { Slot: number; ClientKey: string }[];
    Departments: { Id: number; Name: string }[];
  }[];
}

async function waitForSimulator(base: string): Promise<SimDirectory | null> {
  const deadline = Date.now() + SIM_WAIT_MS;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/_sim/clients`);
      if (res.ok) return (await res.json()) as SimDirectory;
      return null;
    } catch {
      await sleep(1000);
    }
  }
  return null;
}
