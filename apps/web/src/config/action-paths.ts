import type { AttentionAction, SetupStepName } from '@qo/contracts';
import {
  fixTargetPath,
  mappingRowPath,
  orderPath,
  paths,
  reconciliationPath,
  ROUNDING_ROW,
} from '@/config/paths';

const productLinksPath = fixTargetPath({ kind: 'product-link' });

/** Eksport opened at one department's business day (its voucher and history row), as Eksport reads its address. */
export function exportDayPath(departmentId: string, businessDay: string): string {
  const query = new URLSearchParams({ from: businessDay, to: businessDay, department: departmentId });
  return `${paths.export}?${query.toString()}`;
}

/*
 * Where an open problem's action leads, from the paths module's pieces: for Oversikt's list and the
 * header's bell (the alerts). Beside the paths module, not in it: the paths module is part of the
 * shell every page loads, and both users of this are loaded later.
 */

/** Where each setup step is done (as the checklist links). */
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
      return productLinksPath;
    default:
      return paths.integrations;
  }
}

const MAPPING_PAGES = {
  product_types: 'productTypes',
  vat_codes: 'vatCodes',
  payment_types: 'paymentTypes',
} as const;

/** The page a problem's action leads to; null for what is done in place (transfer again, send again). */
export function attentionActionPath(action: AttentionAction): string | null {
  switch (action.type) {
    case 'open_export_day':
      return exportDayPath(action.departmentId, action.businessDay);
    case 'fix_mapping':
      return action.page === 'rounding_account'
        ? mappingRowPath('vatCodes', ROUNDING_ROW)
        : mappingRowPath(MAPPING_PAGES[action.page], action.ref);
    case 'open_integration':
      return paths.integrations;
    case 'open_order':
      return orderPath(action.orderId);
    case 'link_customer':
      // The link is made in the Kunder table (the customer's row has the PowerOffice picker).
      return paths.customers;
    case 'link_products':
      return productLinksPath;
    case 'open_setup_step':
      return setupStepPath(action.step);
    case 'open_reconciliation':
      return reconciliationPath(action.departmentId, action.from, action.to);
    case 'retry_day':
    case 'send_order_again':
      return null;
  }
}
