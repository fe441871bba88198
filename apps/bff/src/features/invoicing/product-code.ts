import { createHash } from 'node:crypto';

/**
 * The PowerOffice product code for a product type's product. ProductPostDto has no
 * ExternalImportReference, so this code is what makes a create findable (and, PowerOffice
 * keeping codes unique, refusable) after a lost answer. Derived from the type's id only, so it
 * never changes with a rename; hashed because ids share their time-ordered prefix.
 */
export function productCodeFor(productTypeId: string): string {
  return `QO-${createHash('sha256').update(productTypeId).digest('hex').slice(0, 10).toUpperCase()}`;
}
