import { z } from 'zod';
import { failureSchema } from './failure';

/*
 * Eksport: the voucher preview, transfers to PowerOffice GO, history per business day, reversal
 * and correction. Amounts are integer øre, debit positive and credit negative.
 */

export const businessDaySchema = z.iso.date({ error: 'Bruk formatet ÅÅÅÅ-MM-DD' });

/** Longest period one request may cover: a year (leap years included). */
export const MAX_EXPORT_PERIOD_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export const exportPeriodSchema = z
  .object({ from: businessDaySchema, to: businessDaySchema })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from > to) ctx.issues.push({ code: 'custom', input: to, path: ['to'], message: 'Til-datoen må være lik eller etter fra-datoen' });
    else if (daysBetween(from, to) > MAX_EXPORT_PERIOD_DAYS) {
      ctx.issues.push({ code: 'custom', input: to, path: ['to'], message: `Perioden kan være høyst ${MAX_EXPORT_PERIOD_DAYS} dager` });
    }
  });
export type ExportPeriod = z.infer<typeof exportPeriodSchema>;

export const exportDepartmentParamsSchema = z.object({ id: z.string().min(1) });
export const exportDayParamsSchema = z.object({ id: z.string().min(1), date: businessDaySchema });
export const transferParamsSchema = z.object({ transferId: z.string().min(1) });

export const dayStatusSchema = z.enum(['not_transferred', 'sent', 'failed', 'blocked', 'changed', 'reversed']);
export type DayStatus = z.infer<typeof dayStatusSchema>;

export const voucherLineSchema = z.object({
  accountNo: z.number().int().nullable(),
  accountName: z.string().nullable(),
  vatCode: z.string().nullable(),
  /** Øre; debit positive, credit negative. */
  amount: z.number().int(),
  description: z.string(),
  /** The PowerOffice department the line carries, when one is chosen for the department. */
  department: z.string().nullable(),
  source: z.enum(['revenue', 'payment', 'rounding', 'gift_card_sold', 'gift_card_redeemed']),
});
export type VoucherLineDto = z.infer<typeof voucherLineSchema>;

export const voucherProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** The page that fixes it, e.g. "/product-types"; null when the POS data itself is wrong. */
  fix: z.string().nullable(),
  /** The row on that page that needs the fix: a product or payment type id, a VAT rate ("25"). */
  ref: z.string().nullable().optional(),
  lineIndex: z.number().int().nullable(),
});
export type VoucherProblemDto = z.infer<typeof voucherProblemSchema>;

export const notTransferredSchema = z.object({
  tips: z.number().int(),
  cashMovements: z.array(z.object({ kind: z.string(), amount: z.number().int() })),
  excludedPayments: z.array(
    z.object({ paymentTypeId: z.string(), name: z.string(), amount: z.number().int(), orders: z.number().int() }),
  ),
});
export type NotTransferred = z.infer<typeof notTransferredSchema>;

export const previewVoucherSchema = z.object({
  businessDay: businessDaySchema,
  externalReference: z.string(),
  status: dayStatusSchema,
  lines: z.array(voucherLineSchema),
  sum: z.number().int(),
  /** Σ debit lines: the voucher's size. */
  debit: z.number().int(),
  problems: z.array(voucherProblemSchema),
  /** Nothing to post (e.g. every order paid with an excluded payment type). */
  empty: z.boolean(),
  notTransferred: notTransferredSchema,
});
export type PreviewVoucher = z.infer<typeof previewVoucherSchema>;

export const exportPreviewSchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  from: businessDaySchema,
  to: businessDaySchema,
  lockDate: businessDaySchema.nullable(),
  vouchers: z.array(previewVoucherSchema),
  /** Problems of the whole department (e.g. not connected), not of one day. */
  problems: z.array(voucherProblemSchema),
  totals: z.object({ vouchers: z.number().int(), debit: z.number().int(), blocked: z.number().int() }),
  notTransferred: notTransferredSchema,
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

export const createTransferBodySchema = exportPeriodSchema;
export const transferCreatedSchema = z.object({ transferId: z.string() });

export const transferDayStatusSchema = z.enum(['pending', 'sending', 'sent', 'already_sent', 'blocked', 'failed', 'skipped']);
export type TransferDayStatus = z.infer<typeof transferDayStatusSchema>;

export const transferDaySchema = z.object({
  businessDay: businessDaySchema,
  status: transferDayStatusSchema,
  voucherNo: z.number().int().nullable(),
  externalReference: z.string().nullable(),
  /** PowerOffice's own error text, what blocks the day, or why it was skipped. */
  message: z.string().nullable(),
  /** A failed or blocked day's reason, for the UI to explain. */
  failure: failureSchema.nullable().optional(),
});

export const transferSchema = z.object({
  id: z.string(),
  departmentId: z.string(),
  from: businessDaySchema,
  to: businessDaySchema,
  status: z.enum(['queued', 'running', 'done', 'failed']),
  trigger: z.enum(['manual', 'automatic']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({ total: z.number().int(), done: z.number().int() }),
  days: z.array(transferDaySchema),
});
export type Transfer = z.infer<typeof transferSchema>;

export const historyDaySchema = z.object({
  businessDay: businessDaySchema,
  status: dayStatusSchema,
  voucherNo: z.number().int().nullable(),
  externalReference: z.string().nullable(),
  version: z.number().int().nullable(),
  sentAt: z.string().nullable(),
  /** Who transferred it; null with `automatic` for the scheduler. */
  sentBy: z.string().nullable(),
  automatic: z.boolean(),
  message: z.string().nullable(),
  /** A failed or blocked day's reason, for the UI to explain. */
  failure: failureSchema.nullable().optional(),
  /** For `changed`: the correction voucher that would even it out (rebuilt − posted). */
  difference: z.array(voucherLineSchema),
  corrections: z.array(z.object({ voucherNo: z.number().int().nullable(), externalReference: z.string(), sentAt: z.string().nullable() })),
});
export type HistoryDay = z.infer<typeof historyDaySchema>;

export const exportHistorySchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  days: z.array(historyDaySchema),
});
export type ExportHistory = z.infer<typeof exportHistorySchema>;

export const dayActionResultSchema = z.object({
  businessDay: businessDaySchema,
  status: dayStatusSchema,
  voucherNo: z.number().int().nullable(),
  externalReference: z.string().nullable(),
});
export type DayActionResult = z.infer<typeof dayActionResultSchema>;
