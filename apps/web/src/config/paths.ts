import type { AttentionAction, Role, SetupStepName } from '@qo/contracts';
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
 * Where "Rett opp" leads for a problem the BFF reports: its `fix` names the place (the accounting
 * package's names, `/product-types` …, `/accounting-settings` for the rounding account) and its `ref`
 * the row. The rounding account is a row of the Momskoder page.
 */
export function fixTargetPath(fix: string, ref?: string | null): string {
  switch (fix) {
    case '/product-types':
      return mappingRowPath('productTypes', ref);
    case '/payment-types':
      return mappingRowPath('paymentTypes', ref);
    case '/vat-codes':
      return mappingRowPath('vatCodes', ref);
    case '/accounting-settings':
      return mappingRowPath('vatCodes', ROUNDING_ROW);
    case '/integrations':
      return paths.integrations;
    default:
      return fix.startsWith('/') && !fix.startsWith('//') ? fix : paths.home;
  }
}

/** Eksport opened at a period (and departments): `/export?from=…&to=…&department=…`. */
export function exportPeriodPath(from: string, to: string, departmentIds: readonly string[]): string {
  const query = new URLSearchParams({ from, to });
  for (const id of departmentIds) query.append('department', id);
  return `${paths.export}?${query.toString()}`;
}

/** Eksport opened at one department's business day: its voucher, its history row and what to do. */
export const exportDayPath = (departmentId: string, businessDay: string) =>
  exportPeriodPath(businessDay, businessDay, [departmentId]);

/** Where each setup step is done (the checklist's links). */
export function setupStepPath(step: SetupStepName): string {
  switch (step) {
    case 'product_types':
      return paths.productTypes;
    case 'vat_codes':
      return paths.vatCodes;
    case 'rounding_account':
      return mappingRowPath('vatCodes', ROUNDING_ROW);
    case 'payment_types':
    case 'gift_cards':
    case 'credit_vs_invoicing':
      return paths.paymentTypes;
    case 'product_links':
      return `${paths.customers}#product-links`;
    default:
      return paths.integrations;
  }
}

/**
 * The page an open problem's action leads to (`AttentionAction` from the BFF); null for the
 * actions that are done in place (transfer the day again, send the order again).
 */
export function attentionActionPath(action: AttentionAction): string | null {
  switch (action.type) {
    case 'open_export_day':
      return exportDayPath(action.departmentId, action.businessDay);
    case 'fix_mapping':
      return action.page === 'rounding_account'
        ? mappingRowPath('vatCodes', ROUNDING_ROW)
        : mappingRowPath(
            action.page === 'product_types'
              ? 'productTypes'
              : action.page === 'vat_codes'
                ? 'vatCodes'
                : 'paymentTypes',
            action.ref,
          );
    case 'open_integration':
      return paths.integrations;
    case 'open_order':
      return orderPath(action.orderId);
    case 'link_customer':
      // The link is made in the Kunder table (the customer's row has the PowerOffice picker).
      return paths.customers;
    case 'link_products':
      return `${paths.customers}#product-links`;
    case 'open_setup_step':
      return setupStepPath(action.step);
    case 'retry_day':
    case 'send_order_again':
      return null;
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
