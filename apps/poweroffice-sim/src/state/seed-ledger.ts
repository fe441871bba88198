import { seedChart } from '../seed/chart.js';
import { INTEGRATION_PRIVILEGES, type SeedClient } from '../seed/clients.js';
import { generateCustomers } from '../seed/customers.js';
import { seedProducts } from '../seed/products.js';
import { seedVatCodes } from '../seed/vat-codes.js';
import type { Account, ClientLedger } from './types.js';

/** When the seeded master data was "last changed"; fixed so responses are deterministic. */
export const SEED_TIMESTAMP = '2025-01-02T08:00:00.000+00:00';

/**
 * Builds one client's ledger. Ids are offset per client (index × 100 000) so that an id that
 * belongs to another client is simply unknown here, as it would be in PowerOffice.
 */
export function seedLedger(client: SeedClient, seed: number): ClientLedger {
  const base = client.index * 100_000;
  const vatIdByCode = new Map(seedVatCodes.map((v) => [v.code, v.id]));
  const accounts: Account[] = seedChart.map((a, i) => ({
    id: base + 1000 + i * 7,
    accountNo: a.accountNo,
    name: a.name,
    type: a.type,
    vatCodeId: a.vatCode === null ? null : (vatIdByCode.get(a.vatCode) ?? null),
    isVatCodeLocked: a.isVatCodeLocked,
    isActive: a.isActive,
    isSubledgerControl: a.isSubledgerControl ?? false,
    lastChanged: SEED_TIMESTAMP,
  }));
  const accountIdByNo = new Map(accounts.map((a) => [a.accountNo, a.id]));
  const idOf = (no: number): number => {
    const id = accountIdByNo.get(no);
    if (id === undefined) throw new Error(`seed: account ${no} missing`);
    return id;
  };
  return {
    id: client.id,
    index: client.index,
    name: client.name,
    organizationNumber: client.organizationNumber,
    activeSubscriptions: client.activeSubscriptions,
    privileges: INTEGRATION_PRIVILEGES,
    invalidPrivileges: client.invalidPrivileges,
    lockDate: client.lockDate,
    accounts,
    vatCodes: seedVatCodes,
    departments: client.departments.map((d, i) => ({
      id: base + 300 + i,
      code: d.code,
      name: d.name,
      isActive: d.isActive,
      created: SEED_TIMESTAMP,
    })),
    customers: generateCustomers(seed * 1000 + client.index).map((c, i) => ({
      ...c,
      id: base + 5000 + i,
      subledgerAccountId: base + 70_000 + i,
      created: SEED_TIMESTAMP,
    })),
    products: seedProducts.map((p, i) => ({
      id: base + 800 + i,
      code: p.code,
      name: p.name,
      unitPriceOre: p.unitPriceOre,
      standardAccountId: idOf(p.standardAccountNo),
      optionalAccountId: p.optionalAccountNo === null ? null : idOf(p.optionalAccountNo),
      type: p.type,
      isArchived: p.isArchived,
      created: SEED_TIMESTAMP,
    })),
    vouchers: [],
    transactions: [],
    salesOrders: [],
    nextVoucherNo: 1,
    nextSalesOrderNo: 10001,
    nextLineId: base * 10 + 1,
    nextTransactionId: base * 10 + 1,
  };
}
