import { z } from 'zod';

/** "HH:MM" on a 24-hour clock. */
export const timeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Bruk formatet TT:MM, f.eks. 05:00' });

export const integrationSummarySchema = z.object({
  status: z.enum(['connected', 'error', 'disconnected']),
  slot: z.number().int().min(0).max(9),
  clientName: z.string().nullable(),
  clientKeyMask: z.string(),
  powerOfficeDepartment: z
    .object({ id: z.number().int(), code: z.string().nullable(), name: z.string() })
    .nullable(),
  autoExport: z.boolean(),
  autoInvoice: z.boolean(),
});
export type IntegrationSummary = z.infer<typeof integrationSummarySchema>;

export const departmentSchema = z.object({
  id: z.string(),
  name: z.string(),
  businessDayStart: timeOfDaySchema,
  timezone: z.literal('Europe/Oslo'),
  integration: integrationSummarySchema.nullable(),
});
export type Department = z.infer<typeof departmentSchema>;

export const departmentNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'Oppgi et navn' })
  .max(100, { error: 'Navnet kan ha høyst 100 tegn' });

export const createDepartmentBodySchema = z.object({
  name: departmentNameSchema,
  businessDayStart: timeOfDaySchema.default('05:00'),
});
export type CreateDepartmentBody = z.infer<typeof createDepartmentBodySchema>;

export const updateDepartmentBodySchema = z
  .object({ name: departmentNameSchema, businessDayStart: timeOfDaySchema })
  .partial()
  .refine((b) => b.name !== undefined || b.businessDayStart !== undefined, {
    error: 'Oppgi navn eller drifttid',
  });
export type UpdateDepartmentBody = z.infer<typeof updateDepartmentBodySchema>;

export const departmentParamsSchema = z.object({ id: z.string().min(1) });
