import { z } from 'zod';
import { POS_VAT_RATES, posVatRateSchema, type PosVatRate } from './pos';

/*
 * The three mappings (Produkttyper, Momskoder, Betalingstyper), the øreavrunding account and the
 * chart of accounts they are picked from. Account numbers are PowerOffice general-ledger numbers.
 */

export const accountNoSchema = z
  .number({ error: 'Velg en konto' })
  .int({ error: 'Kontonummer er et heltall' })
  .min(1000, { error: 'Kontonummer har minst fire sifre' })
  .max(99_999_999, { error: 'Kontonummeret er for langt' });

const mappingNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Oppgi et navn' })
  .max(100, { error: 'Navnet kan ha høyst 100 tegn' });

/** One thing wrong with a mapping; `field` names the body field it concerns. */
export const mappingProblemSchema = z.object({
  code: z.enum([
    'missing_account',
    'unknown_account',
    'inactive_account',
    'wrong_account_class',
    'missing_vat_code',
    'unknown_vat_code',
    'vat_rate_mismatch',
    'bank_account_for_card',
    'credit_transferred_with_invoicing',
  ]),
  severity: z.enum(['error', 'warning']),
  field: z.string().optional(),
  message: z.string(),
});
export type MappingProblem = z.infer<typeof mappingProblemSchema>;

export const productTypeKindSchema = z.enum(['sales', 'gift_card']);
export type ProductTypeKind = z.infer<typeof productTypeKindSchema>;

export const productTypeBodySchema = z
  .object({
    name: mappingNameSchema,
    kind: productTypeKindSchema,
    normalAccountNo: accountNoSchema.nullable(),
    reducedAccountNo: accountNoSchema.nullable(),
  })
  // A gift card is a liability with no VAT: one account, so the reduced-rate account stays empty.
  .refine((b) => b.kind !== 'gift_card' || b.reducedAccountNo === null, {
    error: 'Et gavekort har bare én konto (gjeld), ikke en konto for redusert mva',
    path: ['reducedAccountNo'],
  });
export type ProductTypeBody = z.infer<typeof productTypeBodySchema>;

export const productTypeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: productTypeKindSchema,
  normalAccountNo: z.number().int().nullable(),
  reducedAccountNo: z.number().int().nullable(),
  problems: z.array(mappingProblemSchema),
});
export type ProductType = z.infer<typeof productTypeSchema>;

/** The POS VAT rates, in percent, in display order. */
export const POS_VAT_RATE_VALUES: readonly PosVatRate[] = POS_VAT_RATES;

/** The rate in the path, in digits: an empty one is not 0 % (`Number('') === 0`). */
export const vatCodeParamsSchema = z.object({
  rate: z
    .string()
    .regex(/^\d{1,3}$/, { error: 'Momssats må være 25, 15, 12 eller 0' })
    .transform(Number)
    .pipe(posVatRateSchema),
});

export const vatCodeBodySchema = z.object({
  powerOfficeVatCode: z.string().trim().min(1, { error: 'Velg en momskode' }).max(10).nullable(),
});
export type VatCodeBody = z.infer<typeof vatCodeBodySchema>;

export const vatCodeMappingSchema = z.object({
  rate: posVatRateSchema,
  powerOfficeVatCode: z.string().nullable(),
  /** The SAF-T code to pre-select when nothing is chosen (3, 31, 33; 5 for 0 %, or 6/7). */
  suggestedVatCode: z.string(),
  problems: z.array(mappingProblemSchema),
});
export type VatCodeMapping = z.infer<typeof vatCodeMappingSchema>;

export const paymentKindSchema = z.enum(['cash', 'card', 'mobile', 'gift_card', 'credit', 'other']);
export type PaymentKindValue = z.infer<typeof paymentKindSchema>;

export const paymentTypeBodySchema = z.object({
  name: mappingNameSchema,
  kind: paymentKindSchema,
  accountNo: accountNoSchema.nullable(),
  transferToAccounting: z.boolean(),
});
export type PaymentTypeBody = z.infer<typeof paymentTypeBodySchema>;

export const paymentTypeSchema = paymentTypeBodySchema.extend({
  id: z.string(),
  accountNo: z.number().int().nullable(),
  problems: z.array(mappingProblemSchema),
});
export type PaymentType = z.infer<typeof paymentTypeSchema>;

export const mappingIdParamsSchema = z.object({ id: z.string().min(1) });

export const accountingSettingsBodySchema = z.object({ roundingAccountNo: accountNoSchema.nullable() });
export type AccountingSettingsBody = z.infer<typeof accountingSettingsBodySchema>;

export const accountingSettingsSchema = z.object({
  roundingAccountNo: z.number().int().nullable(),
  /** The client's VatSettings rounding account when it has one, else 7740. */
  suggestedRoundingAccountNo: z.number().int(),
  problems: z.array(mappingProblemSchema),
});
export type AccountingSettings = z.infer<typeof accountingSettingsSchema>;

/** Which connected department's PowerOffice client the chart is read from (`?departmentId`). */
export const chartQuerySchema = z.object({
  departmentId: z.string().min(1).optional(),
  refresh: z.enum(['true', 'false']).optional(),
});

export const chartAccountSchema = z.object({
  accountNo: z.number().int(),
  name: z.string(),
  isActive: z.boolean(),
  /** PowerOffice's GeneralLedgerAccountType, e.g. Income, Asset, Liability, Expense. */
  type: z.string().nullable(),
  vatCode: z.string().nullable(),
});
export type ChartAccount = z.infer<typeof chartAccountSchema>;

export const chartVatCodeSchema = z.object({
  code: z.string(),
  name: z.string(),
  /** Percent, e.g. 25 or 11.11. */
  rate: z.number(),
  isActive: z.boolean(),
});
export type ChartVatCode = z.infer<typeof chartVatCodeSchema>;

export const chartSchema = z.object({
  /** The connected departments one may read the chart through (one per PowerOffice client is enough). */
  departments: z.array(z.object({ id: z.string(), name: z.string(), clientName: z.string().nullable() })),
  /** null when no department is connected: nothing to pick from yet. */
  source: z
    .object({
      departmentId: z.string(),
      departmentName: z.string(),
      clientName: z.string().nullable(),
      fetchedAt: z.string(),
    })
    .nullable(),
  accounts: z.array(chartAccountSchema),
  vatCodes: z.array(chartVatCodeSchema),
});
export type Chart = z.infer<typeof chartSchema>;

export const setupStepNameSchema = z.enum([
  'department_connected',
  'poweroffice_department',
  'business_hours',
  'product_types',
  'vat_codes',
  'rounding_account',
  'payment_types',
  'gift_cards',
  'credit_vs_invoicing',
  /** Product types linked to PowerOffice products, for automatic invoicing (not needed for export). */
  'product_links',
]);
export type SetupStepName = z.infer<typeof setupStepNameSchema>;

export const setupProblemSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});
export type SetupProblem = z.infer<typeof setupProblemSchema>;

/** A step of the setup checklist; the web knows the page where each step is done (its `paths`). */
export const setupStepSchema = z.object({
  step: setupStepNameSchema,
  done: z.boolean(),
  problems: z.array(setupProblemSchema),
});
export type SetupStep = z.infer<typeof setupStepSchema>;

export const setupStatusQuerySchema = z.object({ departmentId: z.string().min(1).optional() });
export const setupStatusSchema = z.array(setupStepSchema);
