import { z } from 'zod';

/**
 * Where a problem is fixed, named by what needs changing rather than by a URL: the web maps each
 * kind to its page (`apps/web/src/config/paths.ts`, `fixTargetPath`).
 * - `product-type`, `payment-type`: that type's mapping (`id` its id; null: the list);
 * - `vat-code`: the VAT code of a VAT rate (`id` the rate, e.g. "25"; null: the list);
 * - `rounding-account`: the øreavrunding account;
 * - `connection`: the department's PowerOffice connection (keys, privileges, lock date);
 * - `product-link`: a product type's link to a PowerOffice product (automatic invoicing);
 * - `customer-link`: a customer's link to a PowerOffice customer.
 * Voucher problems (`@qo/accounting`'s `FixTarget`) use the first five.
 */
export const fixTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('product-type'), id: z.string().nullable() }),
  z.object({ kind: z.literal('payment-type'), id: z.string().nullable() }),
  z.object({ kind: z.literal('vat-code'), id: z.string().nullable() }),
  z.object({ kind: z.literal('rounding-account') }),
  z.object({ kind: z.literal('connection') }),
  z.object({ kind: z.literal('product-link') }),
  z.object({ kind: z.literal('customer-link') }),
]);
export type FixTarget = z.infer<typeof fixTargetSchema>;
