import {
  demoRestaurantDepartments,
  fjordkafeDepartments,
  mangelfullDepartments,
  type SeedDepartment,
} from './departments.js';

/**
 * Privileges the Quickorder integration holds on every seeded client (agreed with PowerOffice per
 * application key); `PUT /_sim/clients/{id}/privileges` grants a client another set.
 */
export const INTEGRATION_PRIVILEGES: readonly string[] = [
  'CashVoucher_Full',
  'ManualVoucher_Full',
  'YearEndVoucher_Full',
  'GeneralLedgerAccount',
  'CommonServices',
  'Department',
  'Customer',
  'Product',
  'Product_Full',
  'SalesOrders',
  'SalesOrders_Full',
  'AccountTransaction',
  'VoucherDocumentation_Full',
];

export interface SeedClient {
  id: string;
  /** Index used to keep every client's object ids apart. */
  index: number;
  name: string;
  organizationNumber: string;
  activeSubscriptions: readonly string[];
  /** Privileges the client cannot use because it lacks the Go module behind them. */
  invalidPrivileges: readonly string[];
  departments: readonly SeedDepartment[];
  lockDate: string;
}

export const seedClients: readonly SeedClient[] = [
  {
    id: '5e1d0001-0000-4000-8000-000000000001',
    index: 1,
    name: 'Demo Restaurant AS',
    organizationNumber: '999111222',
    activeSubscriptions: ['Accounting', 'Payroll', 'TimeTracking'],
    invalidPrivileges: [],
    departments: demoRestaurantDepartments,
    lockDate: '2025-12-31',
  },
  {
    id: '5e1d0002-0000-4000-8000-000000000002',
    index: 2,
    name: 'Fjordkafé AS',
    organizationNumber: '999333444',
    activeSubscriptions: ['Accounting'],
    invalidPrivileges: [],
    departments: fjordkafeDepartments,
    lockDate: '2025-12-31',
  },
  {
    // Lacks the module behind direct voucher posting, so the product can show that refusal.
    id: '5e1d0003-0000-4000-8000-000000000003',
    index: 3,
    name: 'Mangelfull Regnskap AS',
    organizationNumber: '999555666',
    activeSubscriptions: ['AccountingNano'],
    invalidPrivileges: ['CashVoucher_Full', 'ManualVoucher_Full', 'YearEndVoucher_Full'],
    departments: mangelfullDepartments,
    lockDate: '2026-06-30',
  },
];
