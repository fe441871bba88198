import { paths } from '@/config/paths';
import type { Area } from '@/lib/authorization';

type NavItem = { area: Area; path: string; labelKey: `nav.${string}` };
/** A group without a label stands first and alone, as the glossary's places marked "—". */
type NavGroup = { labelKey: `nav.groups.${string}` | null; items: readonly NavItem[] };

/**
 * The main navigation grouped as the user guide names its places (Innstillinger → Integrasjoner,
 * Meny → Produkttyper, Regnskap → Momskoder, Økonomi → Eksport …), so a reader of the guide finds
 * each page where the guide says it is. Labels are i18n keys.
 */
export const NAV_GROUPS = [
  {
    labelKey: null,
    items: [{ area: 'overview', path: paths.overview, labelKey: 'nav.overview' }],
  },
  {
    labelKey: 'nav.groups.settings',
    items: [
      { area: 'integrations', path: paths.integrations, labelKey: 'nav.integrations' },
      { area: 'paymentTypes', path: paths.paymentTypes, labelKey: 'nav.paymentTypes' },
      { area: 'alerts', path: paths.alerts, labelKey: 'nav.alerts' },
    ],
  },
  {
    labelKey: 'nav.groups.menu',
    items: [{ area: 'productTypes', path: paths.productTypes, labelKey: 'nav.productTypes' }],
  },
  {
    labelKey: 'nav.groups.accounting',
    items: [{ area: 'vatCodes', path: paths.vatCodes, labelKey: 'nav.vatCodes' }],
  },
  {
    labelKey: 'nav.groups.finance',
    items: [
      { area: 'export', path: paths.export, labelKey: 'nav.export' },
      { area: 'reconciliation', path: paths.reconciliation, labelKey: 'nav.reconciliation' },
      { area: 'customers', path: paths.customers, labelKey: 'nav.customers' },
    ],
  },
] as const satisfies readonly NavGroup[];
