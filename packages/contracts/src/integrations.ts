import { z } from 'zod';

/*
 * Integrasjoner: PowerOffice GO connections per POS department, the ten application-key slots,
 * and the connected client's reference lists. No schema here carries a client key back: the
 * response schemas are allow-lists, and the key only ever travels browser → BFF.
 */

export const slotSchema = z
  .number()
  .int()
  .min(0, { error: 'Velg en applikasjonsnøkkel' })
  .max(9, { error: 'Velg en applikasjonsnøkkel' });

export const integrationSlotSchema = z.object({
  slot: slotSchema,
  name: z.string(),
  /** The application key to paste into PowerOffice GO ("Egendefinert" for slots 1–9). Not a secret. */
  applicationKey: z.string(),
  usedBy: z.array(z.string()),
});
export type IntegrationSlot = z.infer<typeof integrationSlotSchema>;

export const connectIntegrationBodySchema = z.object({
  slot: slotSchema,
  clientKey: z
    .string()
    .trim()
    .min(1, { error: 'Lim inn klientnøkkelen fra PowerOffice GO' })
    .max(200, { error: 'Klientnøkkelen er for lang' }),
});
export type ConnectIntegrationBody = z.infer<typeof connectIntegrationBodySchema>;

/** What a feature of the product needs of PowerOffice GO, for the connect check and the card. */
export const privilegeFeatureCodeSchema = z.enum([
  'day_vouchers',
  'reversal',
  'voucher_documentation',
  'chart_and_vat',
  'departments',
  'account_transactions',
  'products',
  'sales_orders',
]);
export type PrivilegeFeatureCode = z.infer<typeof privilegeFeatureCodeSchema>;

export const privilegeFeatureSchema = z.object({
  feature: privilegeFeatureCodeSchema,
  /** One of these is enough (day vouchers: CashVoucher_Full or ManualVoucher_Full). */
  anyOf: z.array(z.string()),
  /** Every one of these is needed. */
  allOf: z.array(z.string()),
  missing: z.array(z.string()),
  available: z.boolean(),
});
export type PrivilegeFeature = z.infer<typeof privilegeFeatureSchema>;

/** Where the day's vouchers go, and why: cash journals with CashVoucher_Full, else manual journals. */
export const voucherJournalChoiceSchema = z.object({
  journal: z.enum(['cash', 'manual']).nullable(),
  reason: z.enum(['cash_voucher_granted', 'only_manual_voucher_granted', 'no_voucher_privilege']),
});
export type VoucherJournalChoice = z.infer<typeof voucherJournalChoiceSchema>;

/** Per feature what is granted and missing; null until the connection's privileges have been read again. */
export const integrationPrivilegesSchema = z
  .object({ features: z.array(privilegeFeatureSchema), voucherJournal: voucherJournalChoiceSchema })
  .nullable();
export type IntegrationPrivileges = z.infer<typeof integrationPrivilegesSchema>;

export const connectIntegrationResultSchema = z.object({
  status: z.literal('connected'),
  clientId: z.string(),
  clientName: z.string().nullable(),
  missingPrivileges: z.array(z.string()),
  privileges: integrationPrivilegesSchema,
});
export type ConnectIntegrationResult = z.infer<typeof connectIntegrationResultSchema>;

export const updateIntegrationBodySchema = z
  .object({
    powerOfficeDepartmentId: z.number().int().nullable(),
    autoExport: z.boolean(),
    autoInvoice: z.boolean(),
  })
  .partial()
  .refine((b) => Object.values(b).some((v) => v !== undefined), { error: 'Ingen endring' });
export type UpdateIntegrationBody = z.infer<typeof updateIntegrationBodySchema>;

export const integrationWarningSchema = z.object({ code: z.string(), message: z.string() });
export type IntegrationWarning = z.infer<typeof integrationWarningSchema>;

/** The full card of a connected department (the list's `integration` block is the short form). */
export const integrationDetailSchema = z.object({
  departmentId: z.string(),
  status: z.enum(['connected', 'error', 'disconnected']),
  slot: slotSchema,
  slotName: z.string(),
  clientId: z.string(),
  clientName: z.string().nullable(),
  clientKeyMask: z.string(),
  connectedAt: z.string(),
  missingPrivileges: z.array(z.string()),
  powerOfficeDepartment: z
    .object({ id: z.number().int(), code: z.string().nullable(), name: z.string() })
    .nullable(),
  autoExport: z.boolean(),
  autoInvoice: z.boolean(),
  health: z.object({
    lastSuccessAt: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    lastError: z.string().nullable(),
  }),
  warnings: z.array(integrationWarningSchema),
  privileges: integrationPrivilegesSchema,
});
export type IntegrationDetail = z.infer<typeof integrationDetailSchema>;

export const integrationHistoryEntrySchema = z.object({
  status: z.enum(['connected', 'error', 'disconnected']),
  slot: slotSchema,
  clientName: z.string().nullable(),
  clientKeyMask: z.string(),
  connectedAt: z.string(),
  disconnectedAt: z.string().nullable(),
});

export const testConnectionResultSchema = z.object({
  ok: z.boolean(),
  clientName: z.string().nullable(),
  missingPrivileges: z.array(z.string()),
  error: z.string().nullable(),
  checkedAt: z.string(),
  privileges: integrationPrivilegesSchema,
});
export type TestConnectionResult = z.infer<typeof testConnectionResultSchema>;

// --- The connected client's lists (GET /api/departments/{id}/poweroffice/…) -----------------------

export const powerOfficeListQuerySchema = z.object({
  refresh: z
    .enum(['true', 'false', '1', '0'])
    .optional()
    .transform((v) => v === 'true' || v === '1'),
});

export const powerOfficeAccountSchema = z.object({
  id: z.number().int(),
  accountNo: z.number().int(),
  name: z.string(),
  isActive: z.boolean(),
  vatCode: z.string().nullable(),
  isVatCodeLocked: z.boolean(),
});
export const powerOfficeVatCodeSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  /** Fraction as PowerOffice sends it, e.g. 0.25. */
  rate: z.number(),
  isActive: z.boolean(),
});
export const powerOfficeDepartmentSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  isActive: z.boolean(),
});
export const powerOfficeCustomerSchema = z.object({
  id: z.number().int(),
  number: z.number().int().nullable(),
  name: z.string(),
  organizationNumber: z.string().nullable(),
  isActive: z.boolean(),
});
export type PowerOfficeAccount = z.infer<typeof powerOfficeAccountSchema>;
export type PowerOfficeVatCode = z.infer<typeof powerOfficeVatCodeSchema>;
export type PowerOfficeDepartment = z.infer<typeof powerOfficeDepartmentSchema>;
export type PowerOfficeCustomer = z.infer<typeof powerOfficeCustomerSchema>;

const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), fetchedAt: z.string() });
export const powerOfficeAccountListSchema = listOf(powerOfficeAccountSchema);
export const powerOfficeVatCodeListSchema = listOf(powerOfficeVatCodeSchema);
export const powerOfficeDepartmentListSchema = listOf(powerOfficeDepartmentSchema);
export const powerOfficeCustomerListSchema = listOf(powerOfficeCustomerSchema);

/** Business hours (drifttid) other than 05:00–05:00 earn a warning. */
export const RECOMMENDED_BUSINESS_DAY_START = '05:00';
