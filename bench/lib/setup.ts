import type { BffClient } from './http';
import type { Simulator } from './simulator';

/*
 * What an owner does before an accountant can transfer: each department connected to the demo
 * PowerOffice client (one application-key slot each, as PowerOffice requires), the three mappings
 * and the rounding account set to accounts of the simulator's chart, and the client's lock date
 * moved before the dataset so every day is postable.
 */

const DEMO_CLIENT = 'Demo Restaurant AS';

interface SimClients {
  Clients: { ClientId: string; ClientName: string; ApplicationKeys: { Slot: number; ClientKey: string }[] }[];
}

export interface Department {
  id: string;
  name: string;
}

/** Revenue accounts (normal 25 %, reduced 15 %) per demo product type; gift cards are a liability. */
const PRODUCT_ACCOUNTS: Record<string, [number, number | null]> = {
  mat: [3010, 3040],
  dessert: [3010, 3040],
  drikke: [3000, 3030],
  alkohol: [3000, 3030],
  gavekort: [2901, null],
};
const VAT_CODES: Record<number, string | null> = { 25: '3', 15: '31', 12: '33', 0: '5' };
const PAYMENT_ACCOUNTS: Record<string, number | null> = {
  cash: 1900,
  card: 1503,
  mobile: 1505,
  gift_card: 2901,
  credit: null,
};

export async function prepareCompany(
  sim: Simulator,
  owner: BffClient,
  departments: readonly Department[],
  lockDate: string,
): Promise<string[]> {
  const notes: string[] = [];
  const clients = await sim.admin<SimClients>('GET', '/_sim/clients');
  const client = clients.Clients.find((c) => c.ClientName === DEMO_CLIENT);
  if (!client) throw new Error(`the simulator has no client ${DEMO_CLIENT}`);
  await sim.admin('POST', `/_sim/clients/${client.ClientId}/lock-date`, { LockDate: lockDate });

  for (const [slot, department] of departments.slice(0, 10).entries()) {
    const key = client.ApplicationKeys.find((k) => k.Slot === slot)!.ClientKey;
    await owner.ok('PUT', `/api/departments/${department.id}/integration`, { slot, clientKey: key });
  }

  const productTypes = await owner.ok<{ id: string; name: string; kind: 'sales' | 'gift_card' }[]>(
    'GET',
    '/api/product-types',
  );
  for (const p of productTypes) {
    const [normal, reduced] =
      PRODUCT_ACCOUNTS[p.name.toLowerCase()] ?? (p.kind === 'gift_card' ? [2901, null] : [3010, 3040]);
    await tryMapping(notes, owner, 'PUT', `/api/product-types/${p.id}`, {
      name: p.name,
      kind: p.kind,
      normalAccountNo: normal,
      reducedAccountNo: reduced,
    });
  }
  for (const [rate, code] of Object.entries(VAT_CODES)) {
    await tryMapping(notes, owner, 'PUT', `/api/vat-codes/${rate}`, { powerOfficeVatCode: code });
  }
  const paymentTypes = await owner.ok<
    { id: string; name: string; kind: string; transferToAccounting: boolean }[]
  >('GET', '/api/payment-types');
  for (const p of paymentTypes) {
    const accountNo = PAYMENT_ACCOUNTS[p.kind] ?? null;
    await tryMapping(notes, owner, 'PUT', `/api/payment-types/${p.id}`, {
      name: p.name,
      kind: p.kind,
      accountNo,
      transferToAccounting: accountNo !== null && p.kind !== 'credit',
    });
  }
  await tryMapping(notes, owner, 'PUT', '/api/accounting-settings', { roundingAccountNo: 7740 });
  return notes;
}

/** A refused mapping is noted, not fatal: the preview still runs; the transfer will show blocked days. */
async function tryMapping(
  notes: string[],
  owner: BffClient,
  method: string,
  path: string,
  body: unknown,
): Promise<void> {
  const res = await owner.request(method, path, body);
  if (res.status >= 300) notes.push(`${method} ${path} → ${res.status} ${res.text.slice(0, 200)}`);
}
