import type {
  IntegrationPrivileges,
  PrivilegeFeature,
  PrivilegeFeatureCode,
  VoucherJournalChoice,
} from '@qo/contracts';
import type { ClientIntegrationInformation } from '@qo/poweroffice';

/**
 * What each feature needs of PowerOffice GO. `anyOf`: one of them is enough (the day's vouchers go
 * as cash journals with CashVoucher_Full, else as manual journals); `allOf`: every one is needed.
 * A read privilege `X` is also granted by `X_Full`.
 */
export const FEATURE_PRIVILEGES: ReadonlyArray<{
  feature: PrivilegeFeatureCode;
  anyOf?: readonly string[];
  allOf?: readonly string[];
}> = [
  { feature: 'day_vouchers', anyOf: ['CashVoucher_Full', 'ManualVoucher_Full'] },
  { feature: 'reversal', allOf: ['YearEndVoucher_Full'] },
  { feature: 'voucher_documentation', allOf: ['VoucherDocumentation_Full'] },
  { feature: 'chart_and_vat', allOf: ['GeneralLedgerAccount', 'CommonServices'] },
  { feature: 'departments', allOf: ['Department'] },
  { feature: 'account_transactions', allOf: ['AccountTransaction'] },
  { feature: 'products', allOf: ['Product', 'Product_Full'] },
  { feature: 'sales_orders', allOf: ['Customer', 'SalesOrders', 'SalesOrders_Full'] },
];

/** Every privilege the product uses; the card lists the missing ones. */
export const WANTED_PRIVILEGES: readonly string[] = [
  ...new Set(FEATURE_PRIVILEGES.flatMap((f) => [...(f.anyOf ?? []), ...(f.allOf ?? [])])),
];

type Grants = Pick<ClientIntegrationInformation, 'ValidPrivileges' | 'InvalidPrivileges'>;

/** Whether the client grants a privilege (not withheld for a missing Go module); `X_Full` grants `X`. */
export function grants(info: Grants, privilege: string): boolean {
  const valid = new Set(info.ValidPrivileges ?? []);
  const invalid = new Set(info.InvalidPrivileges ?? []);
  const has = (p: string) => valid.has(p) && !invalid.has(p);
  return has(privilege) || (!privilege.endsWith('_Full') && has(`${privilege}_Full`));
}

/** Privileges the integration needs but the client does not grant (not granted, or its Go module is missing). */
export function missingPrivileges(info: Grants): string[] {
  return WANTED_PRIVILEGES.filter((p) => !grants(info, p));
}

/** Each feature with what it needs and what of that is missing. */
export function privilegeFeatures(info: Grants): PrivilegeFeature[] {
  return FEATURE_PRIVILEGES.map(({ feature, anyOf = [], allOf = [] }) => {
    const missingAll = allOf.filter((p) => !grants(info, p));
    const anyOk = anyOf.length === 0 || anyOf.some((p) => grants(info, p));
    const missing = [...(anyOk ? [] : anyOf), ...missingAll];
    return { feature, anyOf: [...anyOf], allOf: [...allOf], missing, available: missing.length === 0 };
  });
}

/**
 * Which journal the day's vouchers and corrections go to: cash journals (PowerOffice's own route
 * for a POS's daily sales, with the SAF-T ids) when the client grants CashVoucher_Full, manual
 * journals when it grants only ManualVoucher_Full, none when it grants neither.
 */
export function voucherJournalFor(info: Grants): VoucherJournalChoice {
  if (grants(info, 'CashVoucher_Full')) return { journal: 'cash', reason: 'cash_voucher_granted' };
  if (grants(info, 'ManualVoucher_Full')) return { journal: 'manual', reason: 'only_manual_voucher_granted' };
  return { journal: null, reason: 'no_voucher_privilege' };
}

/** What the client grants, as stored with the connection: ValidPrivileges less InvalidPrivileges. */
export function grantedPrivileges(info: Grants): string[] {
  const invalid = new Set(info.InvalidPrivileges ?? []);
  return (info.ValidPrivileges ?? []).filter((p) => !invalid.has(p));
}

/** The card's privilege block from the stored grants (null: not read since they were first stored). */
export function privilegesView(granted: readonly string[] | null): IntegrationPrivileges {
  if (granted === null) return null;
  const info = { ValidPrivileges: [...granted], InvalidPrivileges: [] };
  return { features: privilegeFeatures(info), voucherJournal: voucherJournalFor(info) };
}
