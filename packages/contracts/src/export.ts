import { z } from 'zod';
import { failureSchema } from './failure';
import { fixTargetSchema } from './fix-target';

/*
 * Eksport: the voucher preview, transfers to PowerOffice GO, history per business day, reversal
 * and correction. Amounts are integer øre, debit positive and credit negative.
 */

export const businessDaySchema = z.iso.date({ error: 'Bruk formatet ÅÅÅÅ-MM-DD' });

/**
 * The business days a request may name: a date outside them is a typo (0001, 9999), refused up
 * front (400) rather than carried into period arithmetic and PowerOffice.
 */
export const FIRST_BUSINESS_DAY = '2000-01-01';
export const LAST_BUSINESS_DAY = '2099-12-31';

export const businessDayInputSchema = businessDaySchema.refine(
  (day) => day >= FIRST_BUSINESS_DAY && day <= LAST_BUSINESS_DAY,
  { error: `Velg en dato mellom ${FIRST_BUSINESS_DAY} og ${LAST_BUSINESS_DAY}` },
);

/** Longest period one request may cover: a year (leap years included). */
export const MAX_EXPORT_PERIOD_DAYS = 366;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** A period runs forwards and covers at most MAX_EXPORT_PERIOD_DAYS. */
function checkPeriod(ctx: { value: { from: string; to: string }; issues: z.core.$ZodRawIssue[] }): void {
  const { from, to } = ctx.value;
  if (from > to)
    ctx.issues.push({
      code: 'custom',
      input: to,
      path: ['to'],
      message: 'Til-datoen må være lik eller etter fra-datoen',
    });
  else if (daysBetween(from, to) > MAX_EXPORT_PERIOD_DAYS) {
    ctx.issues.push({
      code: 'custom',
      input: to,
      path: ['to'],
      message: `Perioden kan være høyst ${MAX_EXPORT_PERIOD_DAYS} dager`,
    });
  }
}

export const exportPeriodSchema = z
  .object({ from: businessDayInputSchema, to: businessDayInputSchema })
  .check(checkPeriod);
export type ExportPeriod = z.infer<typeof exportPeriodSchema>;

/** The languages a downloaded file's headings and words come in. */
export const fileLanguageSchema = z.enum(['nb', 'en']);
export type FileLanguage = z.infer<typeof fileLanguageSchema>;

/** A period's preview or history as a file (CSV or Excel): the period, and the language of its headings. */
export const exportFileQuerySchema = z
  .object({
    from: businessDayInputSchema,
    to: businessDayInputSchema,
    lang: fileLanguageSchema.default('nb'),
  })
  .check(checkPeriod);
export type ExportFileQuery = z.infer<typeof exportFileQuerySchema>;

export const exportDepartmentParamsSchema = z.object({ id: z.string().min(1) });
export const exportDayParamsSchema = z.object({ id: z.string().min(1), date: businessDayInputSchema });
export const transferParamsSchema = z.object({ transferId: z.string().min(1) });

export const dayStatusSchema = z.enum([
  'not_transferred',
  'sent',
  'failed',
  'blocked',
  'changed',
  'reversed',
]);
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
  /**
   * A payment line on a clearing account (1501–1599) carries PowerOffice's CustomMatchingReference,
   * naming department, business day and account, so a settlement booked with it matches exactly.
   */
  matchingReference: z.string().nullable().optional(),
});
export type VoucherLineDto = z.infer<typeof voucherLineSchema>;

export const voucherProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** What to change to fix it, e.g. `{ kind: 'product-type', id }`; null when the POS data itself is wrong. */
  fix: fixTargetSchema.nullable(),
  /** The row on that page that needs the fix: a product or payment type id, a VAT rate ("25"). */
  ref: z.string().nullable().optional(),
  lineIndex: z.number().int().nullable(),
});
export type VoucherProblemDto = z.infer<typeof voucherProblemSchema>;

export const notTransferredSchema = z.object({
  tips: z.number().int(),
  cashMovements: z.array(z.object({ kind: z.string(), amount: z.number().int() })),
  excludedPayments: z.array(
    z.object({
      paymentTypeId: z.string(),
      name: z.string(),
      amount: z.number().int(),
      orders: z.number().int(),
    }),
  ),
});
export type NotTransferred = z.infer<typeof notTransferredSchema>;

/**
 * Sums several "not transferred" (days, months or departments) into one: tips add up, cash movements
 * of one kind and payments of one payment type merge. Only the fields of the schema are copied.
 */
export function sumNotTransferred(parts: readonly NotTransferred[]): NotTransferred {
  const total: NotTransferred = { tips: 0, cashMovements: [], excludedPayments: [] };
  for (const part of parts) {
    total.tips += part.tips;
    for (const m of part.cashMovements) {
      const same = total.cashMovements.find((c) => c.kind === m.kind);
      if (same) same.amount += m.amount;
      else total.cashMovements.push({ kind: m.kind, amount: m.amount });
    }
    for (const e of part.excludedPayments) {
      const same = total.excludedPayments.find((x) => x.paymentTypeId === e.paymentTypeId);
      if (same) {
        same.amount += e.amount;
        same.orders += e.orders;
      } else {
        total.excludedPayments.push({
          paymentTypeId: e.paymentTypeId,
          name: e.name,
          amount: e.amount,
          orders: e.orders,
        });
      }
    }
  }
  return total;
}

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

export const transferDayStatusSchema = z.enum([
  'pending',
  'sending',
  'sent',
  'already_sent',
  'blocked',
  'failed',
  'skipped',
]);
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
  /** `done_with_failures`: finished, but some days failed (see `days`) and need another transfer. */
  status: z.enum(['queued', 'running', 'done', 'failed', 'done_with_failures']),
  trigger: z.enum(['manual', 'automatic']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  progress: z.object({ total: z.number().int(), done: z.number().int() }),
  days: z.array(transferDaySchema),
});
export type Transfer = z.infer<typeof transferSchema>;

/**
 * The dagsoppgjør (PDF) of a sent voucher: `uploaded` once it is attached to the voucher in
 * PowerOffice, `missing` while not (the voucher is sent, its documentation is retried by the next
 * transfer). `downloadable` when the PDF is kept and can be fetched from
 * /departments/:id/export/documents/:postingId.
 */
export const voucherDocumentationSchema = z.object({
  postingId: z.string(),
  status: z.enum(['uploaded', 'missing']),
  downloadable: z.boolean(),
});
export type VoucherDocumentationState = z.infer<typeof voucherDocumentationSchema>;

export const reversalSchema = z.object({
  /** The reversed voucher's number (null when PowerOffice never gave us one). */
  voucherNo: z.number().int().nullable(),
  /** 0 for the day's voucher, n for its n-th correction. */
  correction: z.number().int(),
  reversedAt: z.string().nullable(),
  reversalVoucherNo: z.number().int().nullable(),
});
export type ReversalDto = z.infer<typeof reversalSchema>;

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
  corrections: z.array(
    z.object({
      voucherNo: z.number().int().nullable(),
      externalReference: z.string(),
      sentAt: z.string().nullable(),
      importedVoucherNo: z.number().int().nullable(),
      documentation: voucherDocumentationSchema.nullable(),
    }),
  ),
  /** The day's voucher's dagsoppgjør; null when no voucher of the day was sent. */
  documentation: voucherDocumentationSchema.nullable(),
  /** Our running number of the department's day vouchers, sent to PowerOffice as ImportedVoucherNo. */
  importedVoucherNo: z.number().int().nullable(),
  /** The PowerOffice journal the voucher went to: cash journal, or manual journal (also every day sent before). */
  journal: z.enum(['cash', 'manual']).nullable(),
  /**
   * Every voucher of the day PowerOffice reversed (the day's vouchers and corrections of earlier
   * versions, or of this one when the day is reversed), oldest first, with the reversal voucher's
   * number: null while PowerOffice has not numbered it yet ("venter på bilagsnummer").
   */
  reversals: z.array(reversalSchema),
});
export type HistoryDay = z.infer<typeof historyDaySchema>;

export const exportHistorySchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  days: z.array(historyDaySchema),
});
export type ExportHistory = z.infer<typeof exportHistorySchema>;

export const exportDocumentParamsSchema = z.object({ id: z.string().min(1), postingId: z.string().min(1) });

export const dayActionResultSchema = z.object({
  businessDay: businessDaySchema,
  status: dayStatusSchema,
  voucherNo: z.number().int().nullable(),
  externalReference: z.string().nullable(),
  /** After a reversal: the reversal voucher's number; null while PowerOffice has not given it yet. */
  reversalVoucherNo: z.number().int().nullable().optional(),
});
export type DayActionResult = z.infer<typeof dayActionResultSchema>;
