import { z } from 'zod';
import { businessDayInputSchema, businessDaySchema } from './export';

/*
 * Avstemming: do the clearing accounts (card, Vipps …, 1501–1599) empty out? Per payment type whose
 * account is a clearing account and per business day, what the department's voucher debited, what
 * PowerOffice GO has credited against it, the fee, what is open, and the account's balance.
 * Amounts in øre; debit positive. Read from PowerOffice, never written to it.
 */

/** Longest period one reconciliation may cover (a year, as the export). */
export const MAX_RECONCILIATION_PERIOD_DAYS = 366;
export const DEFAULT_OPEN_AFTER_BANKING_DAYS = 3;
/** 3 %: card and Vipps fees in Norway stay below it. */
export const DEFAULT_FEE_TOLERANCE_BP = 300;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;

export const reconciliationQuerySchema = z
  .object({
    from: businessDayInputSchema,
    to: businessDayInputSchema,
    /** Read PowerOffice anew instead of answering from the last read. */
    refresh: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from > to) {
      ctx.issues.push({
        code: 'custom',
        input: to,
        path: ['to'],
        message: 'Til-datoen må være lik eller etter fra-datoen',
      });
    } else if (daysBetween(from, to) > MAX_RECONCILIATION_PERIOD_DAYS) {
      ctx.issues.push({
        code: 'custom',
        input: to,
        path: ['to'],
        message: `Perioden kan være høyst ${MAX_RECONCILIATION_PERIOD_DAYS} dager`,
      });
    }
  });
export type ReconciliationQuery = z.input<typeof reconciliationQuerySchema>;

export const clearingDayStatusSchema = z.enum([
  'settled',
  'within_tolerance',
  'pending',
  'missing',
  'short',
  'over',
]);
export type ClearingDayStatus = z.infer<typeof clearingDayStatusSchema>;

export const clearingTransactionSchema = z.object({
  id: z.number().int(),
  voucherNo: z.number().int(),
  postingDate: businessDaySchema,
  accountNo: z.number().int(),
  /** Øre, debit positive. */
  amount: z.number().int(),
  description: z.string().nullable(),
  /**
   * What it is to the day: `debit` the day's voucher (or a correction or reversal of it),
   * `settlement` a credit that settles it, `fee` the fee line of that settlement, `candidate` a
   * credit no day took that could belong to it.
   */
  role: z.enum(['debit', 'settlement', 'fee', 'candidate']),
  /** For a settlement: how it was matched, and the part of it that settles this day (øre, positive). */
  matchedBy: z.enum(['reference', 'amount']).nullable(),
  allocated: z.number().int().nullable(),
  /** For a settlement covering several days: the other days. */
  sharedWith: z.array(businessDaySchema),
});
export type ClearingTransaction = z.infer<typeof clearingTransactionSchema>;

export const clearingDaySchema = z.object({
  businessDay: businessDaySchema,
  /** The CustomMatchingReference the day's clearing line was posted with. */
  reference: z.string(),
  debit: z.number().int(),
  credited: z.number().int(),
  fee: z.number().int().nullable(),
  open: z.number().int(),
  dueDate: businessDaySchema,
  status: clearingDayStatusSchema,
  flagged: z.boolean(),
  late: z.boolean(),
  settledOn: businessDaySchema.nullable(),
  /** The account's balance at the end of the day, from the period's first day (all its transactions). */
  balanceAfter: z.number().int(),
  transactions: z.array(clearingTransactionSchema),
});
export type ClearingDay = z.infer<typeof clearingDaySchema>;

export const clearingAccountSchema = z.object({
  accountNo: z.number().int(),
  accountName: z.string().nullable(),
  paymentTypes: z.array(z.object({ id: z.string(), name: z.string() })),
  openAfterBankingDays: z.number().int(),
  feeToleranceBp: z.number().int(),
  days: z.array(clearingDaySchema),
  /** Σ of every transaction on the account in the period (all departments): its movement. */
  periodMovement: z.number().int(),
  openTotal: z.number().int(),
  flaggedDays: z.number().int(),
  /** Credits in the window read that no day of the department took. */
  unmatchedCredits: z.array(clearingTransactionSchema),
});
export type ClearingAccount = z.infer<typeof clearingAccountSchema>;

export const reconciliationSchema = z.object({
  department: z.object({ id: z.string(), name: z.string() }),
  from: businessDaySchema,
  to: businessDaySchema,
  /** Today in Oslo, against which due dates were judged. */
  today: businessDaySchema,
  /** The window read from PowerOffice (wider than the period: late settlements, earlier days). */
  readFrom: businessDaySchema,
  readTo: businessDaySchema,
  /** When PowerOffice was read; null when there was nothing to read (no clearing account). */
  readAt: z.string().nullable(),
  /** How many PowerOffice requests that read took. */
  requests: z.number().int(),
  accounts: z.array(clearingAccountSchema),
});
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const clearingSettingSchema = z.object({
  paymentTypeId: z.string(),
  name: z.string(),
  accountNo: z.number().int(),
  openAfterBankingDays: z.number().int(),
  feeToleranceBp: z.number().int(),
});
export type ClearingSetting = z.infer<typeof clearingSettingSchema>;

export const clearingSettingsSchema = z.object({ items: z.array(clearingSettingSchema) });
export type ClearingSettings = z.infer<typeof clearingSettingsSchema>;

export const updateClearingSettingBodySchema = z.object({
  openAfterBankingDays: z
    .number({ error: 'Oppgi et antall bankdager' })
    .int({ error: 'Oppgi et helt antall bankdager' })
    .min(1, { error: 'Minst 1 bankdag' })
    .max(30, { error: 'Høyst 30 bankdager' }),
  /** Basis points (300 = 3 %). */
  feeToleranceBp: z
    .number({ error: 'Oppgi gebyrtoleransen' })
    .int({ error: 'Oppgi toleransen i hele hundredels prosent' })
    .min(0, { error: 'Toleransen kan ikke være negativ' })
    .max(2000, { error: 'Høyst 20 %' }),
});
export type UpdateClearingSettingBody = z.infer<typeof updateClearingSettingBodySchema>;

export const clearingSettingParamsSchema = z.object({ paymentTypeId: z.string().min(1) });
