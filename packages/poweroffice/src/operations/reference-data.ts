import type { QueryValue } from '../http/call.js';
import { PowerOfficeError } from '../errors.js';
import {
  customerSchema,
  departmentSchema,
  generalLedgerAccountSchema,
  productPostSchema,
  productSchema,
  vatCodeSchema,
  type Customer,
  type Department,
  type GeneralLedgerAccount,
  type Product,
  type ProductPost,
  type VatCode,
} from '../schemas/reference-data.js';
import { required, type ListOptions, type OperationContext } from './context.js';
import { parseRequest } from './request.js';

// Filter names are PowerOffice's query parameter names. Comma lists and ranges ("1000-1999, 3000-")
// are passed through as PowerOffice reads them.
export interface GeneralLedgerAccountFilter extends ListOptions {
  accountNos?: string;
  lastChangedDateTimeOffsetGreaterThan?: string;
}
export interface VatCodeFilter extends ListOptions {
  includeExpired?: boolean;
  isActive?: boolean;
}
export interface DepartmentFilter extends ListOptions {
  codes?: string;
  name?: string;
  isActive?: boolean;
  lastChangedDateTimeOffsetGreaterThan?: string;
}
export interface CustomerFilter extends ListOptions {
  customerNos?: string;
  externalImportReference?: string;
  externalNos?: string;
  contactGroupIds?: string;
  lastChangedDateTimeOffsetGreaterThan?: string;
}
export interface ProductFilter extends ListOptions {
  codes?: string;
  names?: string;
  productGroupCodes?: string;
  isArchived?: boolean;
  type?: 'Product' | 'Service';
  lastChangedDateTimeOffsetGreaterThan?: string;
}

function query({ page: _page, ...filter }: ListOptions & object): Record<string, QueryValue> {
  return filter as Record<string, QueryValue>;
}

/** How long resolved account ids are trusted; a chart of accounts changes rarely. */
const ACCOUNT_CACHE_MS = 10 * 60 * 1000;

export interface AccountCache {
  byNumber: Map<number, GeneralLedgerAccount>;
  loadedAt: number;
}

export function newAccountCache(): AccountCache {
  return { byNumber: new Map(), loadedAt: 0 };
}

export function referenceDataOperations({ call, list }: OperationContext, accountCache: AccountCache) {
  const listGeneralLedgerAccounts = (
    filter: GeneralLedgerAccountFilter = {},
  ): Promise<GeneralLedgerAccount[]> =>
    list(
      {
        operation: 'listGeneralLedgerAccounts',
        path: '/GeneralLedgerAccounts',
        query: query(filter),
        privilege: 'GeneralLedgerAccount',
        itemSchema: generalLedgerAccountSchema,
      },
      filter.page,
    );

  return {
    listGeneralLedgerAccounts,

    /**
     * Account number → account (with its `Id`, which is what vouchers need). Cached per client;
     * numbers not in the cache are fetched in one request. Unknown numbers are a validation error
     * naming them, since a voucher cannot be posted to an account the client does not have.
     */
    async resolveAccounts(accountNos: readonly number[]): Promise<Map<number, GeneralLedgerAccount>> {
      if (Date.now() - accountCache.loadedAt > ACCOUNT_CACHE_MS) accountCache.byNumber.clear();
      const missing = [...new Set(accountNos)].filter((no) => !accountCache.byNumber.has(no));
      if (missing.length) {
        const fetched = await listGeneralLedgerAccounts({ accountNos: missing.join(',') });
        if (accountCache.byNumber.size === 0) accountCache.loadedAt = Date.now();
        for (const account of fetched) accountCache.byNumber.set(account.AccountNo, account);
      }
      const unknown = accountNos.filter((no) => !accountCache.byNumber.has(no));
      if (unknown.length) {
        throw new PowerOfficeError({
          kind: 'validation',
          operation: 'resolveAccounts',
          fieldErrors: unknown.map((no) => ({
            path: `AccountNo`,
            message: `Account ${no} does not exist in PowerOffice`,
          })),
          message: `PowerOffice has no account ${unknown.join(', ')} on this client.`,
        });
      }
      return new Map(accountNos.map((no) => [no, accountCache.byNumber.get(no)!]));
    },

    /** Forget resolved accounts, e.g. after the customer changed the chart of accounts. */
    clearAccountCache(): void {
      accountCache.byNumber.clear();
      accountCache.loadedAt = 0;
    },

    listVatCodes: (filter: VatCodeFilter = {}): Promise<VatCode[]> =>
      list(
        {
          operation: 'listVatCodes',
          path: '/VatCodes',
          query: query(filter),
          privilege: 'CommonServices',
          itemSchema: vatCodeSchema,
        },
        filter.page,
      ),

    listDepartments: (filter: DepartmentFilter = {}): Promise<Department[]> =>
      list(
        {
          operation: 'listDepartments',
          path: '/Departments',
          query: query(filter),
          privilege: 'Department',
          itemSchema: departmentSchema,
        },
        filter.page,
      ),

    listCustomers: (filter: CustomerFilter = {}): Promise<Customer[]> =>
      list(
        {
          operation: 'listCustomers',
          path: '/Customers',
          query: query(filter),
          privilege: 'Customer',
          itemSchema: customerSchema,
        },
        filter.page,
      ),

    listProducts: (filter: ProductFilter = {}): Promise<Product[]> =>
      list(
        {
          operation: 'listProducts',
          path: '/Products',
          query: query(filter),
          privilege: 'Product',
          itemSchema: productSchema,
        },
        filter.page,
      ),

    /** ProductPostDto has no ExternalImportReference, so a lost answer is not retried. */
    async createProduct(product: ProductPost): Promise<Product> {
      const body = parseRequest(productPostSchema, product, 'createProduct');
      const result = await call({
        operation: 'createProduct',
        method: 'POST',
        path: '/Products',
        body,
        retry: 'write',
        privilege: 'Product_Full',
        schema: productSchema,
      });
      return required(result.data, 'createProduct');
    },
  };
}
