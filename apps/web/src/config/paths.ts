import type { FixTarget, Role, SetupStepName } from '@qo/contracts';
import type { Area } from '@/lib/authorization';

/** Every URL of the app comes from here: pages, rows on pages, and where a problem is fixed. */
export const paths = {
  home: '/',
  login: '/login',
  overview: '/overview',
  setup: '/setup',
  integrations: '/integrations',
  productTypes: '/product-types',
  vatCodes: '/vat-codes',
  paymentTypes: '/payment-types',
  export: '/export',
  reconciliation: '/reconciliation',
  customers: '/customers',
  alerts: '/alerts',
} as const satisfies Record<'home' | 'login' | Area, string>;

/** Route patterns with parameters, for the router; links use the functions below. */
export const routePatterns = {
  customerOrders: `${paths.customers}/:customerId/orders`,
  order: '/orders/:orderId',
} as const;

export const customerOrdersPath = (customerId: string) =>
  `${paths.customers}/${encodeURIComponent(customerId)}/orders`;
/** Avstemming for one department and period (the page keeps them in its address). */
export const reconciliationPath = (departmentId: string, from: string, to: string) =>
  `${paths.reconciliation}?${new URLSearchParams({ department: departmentId, from, to }).toString()}`;
export const orderPath = (orderId: string) => `/orders/${encodeURIComponent(orderId)}`;

/**
 * The query parameter that names the row a mapping page shows focused: `?focus=<id>` (a product or
 * payment type id, a VAT rate such as `25`, or `rounding` for the rounding account).
 */
export const FOCUS_PARAM = 'focus';
export const ROUNDING_ROW = 'rounding';

export type MappingPage = 'productTypes' | 'vatCodes' | 'paymentTypes';

/** A mapping page, opened with one row focused: `/product-types?focus=<id>`. */
export function mappingRowPath(page: MappingPage, rowId?: string | null): string {
  if (!rowId) return paths[page];
  return `${paths[page]}?${new URLSearchParams({ [FOCUS_PARAM]: rowId }).toString()}`;
}

/**
 * Where "Rett opp" leads for a problem the BFF reports: its `fix` names what to change (`FixTarget`
 * of `@qo/contracts`), this names the page and, when there is one, the row. The rounding account is
 * a row of the Momskoder page; product links are a section of Kunder.
 */
export function fixTargetPath(fix: FixTarget): string {
  switch (fix.kind) {
    case 'product-type':
      return mappingRowPath('productTypes', fix.id);
    case 'payment-type':
      return mappingRowPath('paymentTypes', fix.id);
    case 'vat-code':
      return mappingRowPath('vatCodes', fix.id);
    case 'rounding-account':
      return mappingRowPath('vatCodes', ROUNDING_ROW);
    case 'connection':
      return paths.integrations;
    case 'product-link':
      return `${paths.customers}#product-links`;
    case 'customer-link':
      return paths.customers;
  }
}

/** The page where each step of the setup checklist is done (the guide's order of pages). */
export function setupStepPath(step: SetupStepName): string {
  switch (step) {
    case 'department_connected':
    case 'poweroffice_department':
    case 'business_hours':
      return paths.integrations;
    case 'product_types':
      return paths.productTypes;
    case 'vat_codes':
    case 'rounding_account':
      return paths.vatCodes;
    case 'payment_types':
    case 'gift_cards':
    case 'credit_vs_invoicing':
      return paths.paymentTypes;
    case 'product_links':
      return fixTargetPath({ kind: 'product-link' });
  }
}

/** Where a user lands after login when they did not ask for a page. */
export function homePathFor(role: Role): string {
  return role === 'staff' ? paths.customers : paths.overview;
}

/** `/login?redirectTo=…` so the user comes back where they wanted to go. */
export function loginPath(redirectTo?: string): string {
  if (!redirectTo || redirectTo === paths.home || redirectTo.startsWith(paths.login)) return paths.login;
  return `${paths.login}?${new URLSearchParams({ redirectTo }).toString()}`;
}

/** Only same-app paths: never follow `//evil.example` or `https://…` from the query string. */
export function safeRedirectTarget(value: string | null): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}
