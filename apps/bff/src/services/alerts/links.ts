import type { AttentionAction } from '@qo/contracts';

/*
 * Where a link in an e-mail leads: the page of the web app that fixes the problem, the same place
 * the web app opens for the action (its action mapping in apps/web/src/features/overview/); each
 * is pinned in links.test.ts.
 */

const MAPPING_PATHS = {
  product_types: '/product-types',
  vat_codes: '/vat-codes',
  payment_types: '/payment-types',
  rounding_account: '/vat-codes',
} as const;

/** The app path (with query) an action opens. */
export function actionPath(action: AttentionAction): string {
  switch (action.type) {
    case 'retry_day':
    case 'open_export_day': {
      const query = new URLSearchParams({
        from: action.businessDay,
        to: action.businessDay,
        department: action.departmentId,
      });
      return `/export?${query.toString()}`;
    }
    case 'fix_mapping': {
      const ref = action.page === 'rounding_account' ? 'rounding' : action.ref;
      const path = MAPPING_PATHS[action.page];
      return ref ? `${path}?${new URLSearchParams({ focus: ref }).toString()}` : path;
    }
    case 'open_integration':
      return '/integrations';
    case 'open_reconciliation':
      return `/reconciliation?${new URLSearchParams({ department: action.departmentId, from: action.from, to: action.to }).toString()}`;
    case 'send_order_again':
    case 'open_order':
      return `/orders/${encodeURIComponent(action.orderId)}`;
    case 'link_customer':
      return '/customers';
    case 'link_products':
      return '/customers#product-links';
    case 'open_setup_step':
      return '/setup';
  }
}

/** The Varsler page, where a user changes what they get. */
export const ALERT_SETTINGS_PATH = '/alerts';

/** The absolute link of the page that fixes a problem: its first action's page, else Oversikt's start. */
export function problemLink(publicUrl: string, actions: readonly AttentionAction[]): string {
  const first = actions[0];
  return `${publicUrl}${first ? actionPath(first) : '/'}`;
}
