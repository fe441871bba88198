import { paths } from '@/config/paths';
import type { Area } from '@/lib/authorization';

/** The main navigation in the order of the user guide; labels are i18n keys. */
export const NAV_ITEMS = [
  { area: 'integrations', path: paths.integrations, labelKey: 'nav.integrations' },
  { area: 'productTypes', path: paths.productTypes, labelKey: 'nav.productTypes' },
  { area: 'vatCodes', path: paths.vatCodes, labelKey: 'nav.vatCodes' },
  { area: 'paymentTypes', path: paths.paymentTypes, labelKey: 'nav.paymentTypes' },
  { area: 'export', path: paths.export, labelKey: 'nav.export' },
  { area: 'customers', path: paths.customers, labelKey: 'nav.customers' },
] as const satisfies readonly { area: Area; path: string; labelKey: `nav.${string}` }[];
