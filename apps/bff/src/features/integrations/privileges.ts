import type { ClientIntegrationInformation } from '@qo/poweroffice';

/** Without this one nothing can be posted: connecting is refused. */
export const REQUIRED_PRIVILEGE = 'ManualVoucher_Full';

/** What the product uses; any missing one is shown on the card (e.g. SalesOrders_Full for invoicing). */
export const WANTED_PRIVILEGES = [
  'ManualVoucher_Full',
  'GeneralLedgerAccount',
  'CommonServices',
  'Department',
  'AccountTransaction',
  'Customer',
  'Product',
  'SalesOrders',
  'SalesOrders_Full',
] as const;

/** Privileges the integration needs but the client does not grant (not granted, or its Go module is missing). */
export function missingPrivileges(info: ClientIntegrationInformation): string[] {
  const valid = new Set(info.ValidPrivileges ?? []);
  const invalid = new Set(info.InvalidPrivileges ?? []);
  return WANTED_PRIVILEGES.filter((p) => !valid.has(p) || invalid.has(p));
}
