import type { Role } from '@qo/contracts';
import { readPowerOfficeListCache, writePowerOfficeListCache, type PowerOfficeListName } from '@qo/db';
import type { Customer, Department, GeneralLedgerAccount, Product, VatCode } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { getDepartmentPowerOffice } from './department-poweroffice';
import { toAppError } from './poweroffice-errors';

export interface PowerOfficeListItems {
  accounts: GeneralLedgerAccount;
  'vat-codes': VatCode;
  departments: Department;
  customers: Customer;
  products: Product;
}

export interface PowerOfficeList<T> {
  /** PowerOffice's own DTOs, as received. */
  items: T[];
  fetchedAt: string;
}

/** A chart of accounts or customer list changes rarely; owners can always press "refresh". */
export const LIST_CACHE_MS = 60 * 60 * 1000;

/**
 * The connected client's reference list, cached per PowerOffice client in the database (so all
 * departments of one client share it, and it survives restarts). `refresh` fetches anew.
 * Throws 422 `not_connected` for an unconnected department; PowerOffice failures as problems.
 */
export async function getPowerOfficeList<K extends PowerOfficeListName>(
  app: FastifyInstance,
  companyId: string,
  departmentId: string,
  list: K,
  options: { refresh?: boolean } = {},
): Promise<PowerOfficeList<PowerOfficeListItems[K]>> {
  const { client, integration } = await getDepartmentPowerOffice(app, companyId, departmentId);
  const clientId = integration.poweroffice_client_id;
  if (!options.refresh) {
    const cached = await readPowerOfficeListCache(app.db, clientId, list);
    if (cached && Date.now() - Date.parse(cached.fetchedAt) < LIST_CACHE_MS) {
      return cached as PowerOfficeList<PowerOfficeListItems[K]>;
    }
  }
  let items: unknown[];
  try {
    items = await fetchers[list](client);
  } catch (error) {
    throw toAppError(error);
  }
  const fetchedAt = new Date().toISOString();
  await writePowerOfficeListCache(app.db, clientId, list, items, fetchedAt);
  return { items: items as PowerOfficeListItems[K][], fetchedAt };
}

/** Roles that may force a list to be fetched anew; staff always get the cached list. */
const MAY_REFRESH: readonly Role[] = ['owner', 'accountant'];

/**
 * Whether a list request fetches anew: only when asked for by an owner or accountant (a staff
 * user's `refresh` is ignored: they get the cached list), and only while the refresh budget
 * shared by every instance has room; beyond it the request is refused with 429 and Retry-After.
 */
export async function mayForceRefresh(
  app: FastifyInstance,
  role: Role,
  asked: boolean | undefined,
): Promise<boolean> {
  if (!asked || !MAY_REFRESH.includes(role)) return false;
  const taken = await app.powerOfficeRefreshes.take();
  if (taken.ok) return true;
  throw new AppError(
    'rate_limited',
    `Listene fra PowerOffice GO er nettopp hentet på nytt mange ganger. Vent ${taken.retryAfterSeconds} sekunder ` +
      'og prøv igjen; til da vises listen som er lagret.',
    { headers: { 'retry-after': String(taken.retryAfterSeconds) } },
  );
}

type Client = Awaited<ReturnType<typeof getDepartmentPowerOffice>>['client'];
const fetchers: Record<PowerOfficeListName, (client: Client) => Promise<unknown[]>> = {
  accounts: (c) => c.listGeneralLedgerAccounts(),
  'vat-codes': (c) => c.listVatCodes(),
  departments: (c) => c.listDepartments(),
  customers: (c) => c.listCustomers(),
  products: (c) => c.listProducts(),
};
