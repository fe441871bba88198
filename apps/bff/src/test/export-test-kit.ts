import {
  listPaymentTypes,
  listProductTypes,
  setAccountingSettings,
  setVatCode,
  updatePaymentType,
  updateProductType,
} from '@qo/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { injectAs, logInAs, type LoggedIn } from './test-app';
import { buildWithSimulator } from './with-simulator';

/*
 * Test kit for the export, on `buildWithSimulator()` (rebuilt on the same database to play a
 * restart; `buildInstance` adds a second BFF instance on it): Sentrum connected to the simulator's
 * "Demo Restaurant AS" and mapped as in docs/voucher-rules.md, and a POS device token for ingest.
 */

export interface SimVoucher {
  Id: string;
  VoucherNo: number;
  VoucherDate: string;
  VoucherType: string;
  ClientName: string;
  ExternalImportReference: string | null;
  IsReversed: boolean;
  VoucherLines: {
    AccountId: number;
    CurrencyAmount: number;
    VatId: number | null;
    Description: string | null;
    PostingDate: string;
  }[];
}

export interface PosOrder {
  id: string;
  closedAt: string;
  lines: { type: string; quantity: number; unitPrice: number; discount?: number; vatRate: number }[];
  payments: { type: string; amount: number; tip?: number }[];
}

export interface ExportKit {
  app: FastifyInstance;
  simUrl: string;
  /** The configuration env of the kit's apps (database, secrets, simulator): for BFF processes started beside them. */
  env: Record<string, string>;
  companyId: string;
  departmentId: string;
  accountant: LoggedIn;
  owner: LoggedIn;
  /** Product and payment type ids by name (Gavekort: `Gavekort` product, `Gavekort-betaling` payment). */
  types: Record<string, string>;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    as?: LoggedIn,
  ): Promise<LightMyRequestResponse>;
  /** Through the POS route of `app` (default: the kit's app; another instance on the same database). */
  ingest(
    orders: PosOrder[],
    cashMovements?: { id: string; at: string; kind: 'float' | 'deposit' | 'withdrawal'; amount: number }[],
    app?: FastifyInstance,
  ): Promise<void>;
  transfer(from: string, to: string): Promise<TransferView>;
  /** Until the transfer ends (done, done with failures, or failed); fails after `timeoutMs`, saying where it stood. */
  waitFor(transferId: string, timeoutMs?: number): Promise<TransferView>;
  vouchers(): Promise<SimVoucher[]>;
  sim(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object): Promise<unknown>;
  /** A new app on the same database (a restart). */
  rebuild(): Promise<void>;
  /** Another ready app on the same database, beside `app` (a second BFF instance); the caller closes it. */
  buildInstance(): Promise<FastifyInstance>;
  close(): Promise<void>;
}

export interface TransferView {
  id: string;
  status: string;
  trigger: string;
  progress: { total: number; done: number };
  days: {
    businessDay: string;
    status: string;
    voucherNo: number | null;
    externalReference: string | null;
    message: string | null;
  }[];
}

export async function createExportKit(overrides: Record<string, string> = {}): Promise<ExportKit> {
  const harness = await buildWithSimulator({ env: overrides, dataDirPrefix: 'qo-export-' });
  const demoKey = harness.clientKey('Demo Restaurant AS', 0);
  const app = harness.app;
  const owner = await logInAs(app, 'owner');
  const accountant = await logInAs(app, 'accountant');
  const kit: ExportKit = {
    app,
    simUrl: harness.simUrl,
    env: harness.env,
    companyId: owner.user.companyId,
    departmentId: '',
    owner,
    accountant,
    types: {},
    async call(method, url, payload, as = kit.accountant) {
      return injectAs(kit.app, as, method, url, payload);
    },
    async ingest(orders, cashMovements = [], app = kit.app) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/pos/orders',
        headers: { authorization: `Bearer ${token}` },
        payload: {
          orders: orders.map((o) => ({
            id: o.id,
            closedAt: o.closedAt,
            orderType: 'dine_in',
            customerId: null,
            lines: o.lines.map((l) => ({
              productTypeId: kit.types[l.type],
              description: l.type,
              quantity: l.quantity,
              unitPrice: l.unitPrice,
              discount: l.discount ?? 0,
              vatRate: l.vatRate,
            })),
            payments: o.payments.map((p) => ({
              paymentTypeId: kit.types[p.type],
              amount: p.amount,
              tip: p.tip ?? 0,
            })),
          })),
          cashMovements: cashMovements.map((m) => ({ ...m, note: '' })),
        },
      });
      const body = res.json() as { accepted: number; rejected: unknown[] };
      if (res.statusCode !== 200 || body.rejected.length > 0)
        throw new Error(`ingest failed: ${res.statusCode} ${res.body}`);
    },
    async transfer(from, to) {
      const res = await kit.call('POST', `/api/departments/${kit.departmentId}/export/transfers`, {
        from,
        to,
      });
      if (res.statusCode !== 202) throw new Error(`transfer refused: ${res.statusCode} ${res.body}`);
      return kit.waitFor((res.json() as { transferId: string }).transferId);
    },
    async waitFor(transferId, timeoutMs = 120_000) {
      // A deadline, not a number of polls: on a busy machine each poll itself takes longer.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const res = await kit.call('GET', `/api/transfers/${transferId}`);
        const view = res.json() as TransferView;
        if (view.status === 'done' || view.status === 'failed' || view.status === 'done_with_failures')
          return view;
        if (Date.now() > deadline)
          throw new Error(`transfer ${transferId} did not finish within ${timeoutMs} ms: ${res.body}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async vouchers() {
      const posted = (await kit.sim('GET', '/_sim/posted')) as { Vouchers: SimVoucher[] };
      return posted.Vouchers.filter((v) => v.ClientName === 'Demo Restaurant AS');
    },
    sim: harness.sim,
    async rebuild() {
      await kit.app.close();
      kit.app = await harness.build();
      kit.owner = await logInAs(kit.app, 'owner');
      kit.accountant = await logInAs(kit.app, 'accountant');
    },
    buildInstance: () => harness.build(),
    close: harness.close,
  };

  const departments = (await kit.call('GET', '/api/departments')).json() as { id: string; name: string }[];
  kit.departmentId = departments.find((d) => d.name === 'Sentrum')!.id;
  const connected = await kit.call(
    'PUT',
    `/api/departments/${kit.departmentId}/integration`,
    { slot: 0, clientKey: demoKey },
    owner,
  );
  if (connected.statusCode !== 200) throw new Error(`connect failed: ${connected.body}`);
  const created = await kit.call(
    'POST',
    `/api/departments/${kit.departmentId}/pos-tokens`,
    { label: 'Kasse 1' },
    owner,
  );
  if (created.statusCode !== 201) throw new Error(`pos token failed: ${created.body}`);
  const token = (created.json() as { token: string }).token;
  await mapAsVoucherRules(kit);
  return kit;
}

/** The mappings of the worked day in docs/voucher-rules.md. */
async function mapAsVoucherRules(kit: ExportKit): Promise<void> {
  const db = kit.app.db;
  const productAccounts: Record<string, [number | null, number | null]> = {
    Mat: [3010, 3040],
    Alkohol: [3000, null],
    Gavekort: [2901, null],
  };
  for (const p of await listProductTypes(db, kit.companyId)) {
    kit.types[p.name] = p.id;
    const accounts = productAccounts[p.name];
    if (accounts)
      await updateProductType(db, kit.companyId, p.id, {
        name: p.name,
        kind: p.kind,
        normalAccountNo: accounts[0],
        reducedAccountNo: accounts[1],
      });
  }
  const paymentAccounts: Record<string, number> = {
    Kontant: 1900,
    Kort: 1503,
    Vipps: 1505,
    Gavekort: 2901,
    Kreditt: 1500,
  };
  for (const p of await listPaymentTypes(db, kit.companyId)) {
    kit.types[p.name === 'Gavekort' ? 'Gavekort-betaling' : p.name] = p.id;
    await updatePaymentType(db, kit.companyId, p.id, {
      name: p.name,
      kind: p.kind,
      accountNo: paymentAccounts[p.name] ?? null,
      transferToAccounting: p.transfer_to_accounting === 1,
    });
  }
  await setVatCode(db, kit.companyId, 25, '3');
  await setVatCode(db, kit.companyId, 15, '31');
  await setVatCode(db, kit.companyId, 0, '0');
  await setAccountingSettings(db, kit.companyId, { roundingAccountNo: 7740 });
}

/** The orders of the worked day in docs/voucher-rules.md (13 March 2026, Sentrum), plus its float. */
export const WORKED_DAY: PosOrder[] = [
  {
    id: 'O1',
    closedAt: '2026-03-13T18:05:00+01:00',
    lines: [
      { type: 'Mat', quantity: 2, unitPrice: 18900, vatRate: 25 },
      { type: 'Alkohol', quantity: 2, unitPrice: 9800, vatRate: 25 },
    ],
    payments: [{ type: 'Kort', amount: 60000, tip: 2600 }],
  },
  {
    id: 'O2',
    closedAt: '2026-03-14T01:30:00+01:00',
    lines: [{ type: 'Mat', quantity: 1, unitPrice: 16950, discount: 1000, vatRate: 15 }],
    payments: [{ type: 'Kontant', amount: 16000 }],
  },
  {
    id: 'O3',
    closedAt: '2026-03-13T20:00:00+01:00',
    lines: [{ type: 'Gavekort', quantity: 1, unitPrice: 50000, vatRate: 0 }],
    payments: [{ type: 'Vipps', amount: 50000 }],
  },
  {
    id: 'O4',
    closedAt: '2026-03-13T21:00:00+01:00',
    lines: [{ type: 'Mat', quantity: 1, unitPrice: 18900, vatRate: 25 }],
    payments: [{ type: 'Gavekort-betaling', amount: 18900 }],
  },
  {
    id: 'O5',
    closedAt: '2026-03-13T22:00:00+01:00',
    lines: [{ type: 'Mat', quantity: 3, unitPrice: 18900, vatRate: 25 }],
    payments: [{ type: 'Kreditt', amount: 56700 }],
  },
  {
    id: 'O6',
    closedAt: '2026-03-14T04:59:59+01:00',
    lines: [{ type: 'Alkohol', quantity: 1, unitPrice: 9800, vatRate: 25 }],
    payments: [{ type: 'Kort', amount: 9800 }],
  },
  {
    id: 'O7',
    closedAt: '2026-03-14T05:00:00+01:00',
    lines: [{ type: 'Alkohol', quantity: 1, unitPrice: 9800, vatRate: 25 }],
    payments: [{ type: 'Kort', amount: 9800 }],
  },
  {
    id: 'O8',
    closedAt: '2026-03-13T19:00:00+01:00',
    lines: [
      { type: 'Mat', quantity: 1, unitPrice: 18900, vatRate: 25 },
      { type: 'Alkohol', quantity: 1, unitPrice: 9800, vatRate: 25 },
    ],
    payments: [
      { type: 'Kort', amount: 10000 },
      { type: 'Kreditt', amount: 18700 },
    ],
  },
];
export const WORKED_DAY_FLOAT = [
  { id: 'CM-1', at: '2026-03-13T10:00:00+01:00', kind: 'float' as const, amount: 200000 },
];

/** A simple card sale of `kroner` on `day` at 12:00 Oslo time (winter offset; tests use Jan–Mar). */
export function cardSale(id: string, day: string, ore: number): PosOrder {
  return {
    id,
    closedAt: `${day}T12:00:00+01:00`,
    lines: [{ type: 'Mat', quantity: 1, unitPrice: ore, vatRate: 25 }],
    payments: [{ type: 'Kort', amount: ore }],
  };
}
