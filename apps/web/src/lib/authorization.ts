import type { Role } from '@qo/contracts';

/** The areas of the app and the roles that may open them (docs/product.md, "Roles"). */
export const AREA_ROLES = {
  overview: ['owner', 'accountant'],
  setup: ['owner', 'accountant'],
  integrations: ['owner', 'accountant'],
  productTypes: ['owner', 'accountant'],
  vatCodes: ['owner', 'accountant'],
  paymentTypes: ['owner', 'accountant'],
  export: ['owner', 'accountant'],
  reconciliation: ['owner', 'accountant'],
  customers: ['owner', 'accountant', 'staff'],
  alerts: ['owner', 'accountant', 'staff'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export function canAccess(role: Role, area: Area): boolean {
  return (AREA_ROLES[area] as readonly Role[]).includes(role);
}

/**
 * Who may change the mappings (product types, VAT codes, payment types, the rounding account): the owner and
 * the accountant, whose bookkeeping work it is (docs/product.md, "Roles"). Connecting departments stays with
 * the owner.
 */
export const MAPPING_EDIT_ROLES = ['owner', 'accountant'] as const satisfies readonly Role[];

export function canEditMappings(role: Role | undefined): boolean {
  return role !== undefined && (MAPPING_EDIT_ROLES as readonly Role[]).includes(role);
}
