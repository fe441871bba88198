import { z } from 'zod';
import { fixTargetSchema } from './fix-target';

/*
 * Why a day or a sales order did not reach PowerOffice GO, in a form the UI can translate: a code
 * saying what went wrong (and so what to do), who said it, and the words they used.
 */

export const failureSourceSchema = z.enum(['poweroffice', 'quickorder']);
export type FailureSource = z.infer<typeof failureSourceSchema>;

/**
 * Codes the UI explains (anything else shows its `detail`):
 * - PowerOffice GO said it: `invalid_client_key`, `missing_privileges`, `lock_date`, `rate_limited`,
 *   `poweroffice_unavailable`, `refused` (a validation refusal), `duplicate`, `poweroffice_failed`.
 * - Our own rules: `not_connected`, `blocked`, `not_linked`, `product_not_linked`, `mixed_payment`,
 *   `totals_mismatch`, `internal`.
 */
export const failureSchema = z.object({
  code: z.string(),
  source: failureSourceSchema,
  /** PowerOffice's own text when it said it, else our own (Norwegian) sentence. */
  detail: z.string().nullable(),
  /** What to change to fix it, e.g. `{ kind: 'product-link' }`; null when nothing in the app does. */
  fix: fixTargetSchema.nullable(),
});
export type Failure = z.infer<typeof failureSchema>;
