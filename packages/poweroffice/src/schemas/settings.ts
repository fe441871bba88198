import { z } from 'zod';
import { responseDateSchema } from './common.js';

export const clientIntegrationInformationSchema = z.looseObject({
  ClientId: z.string().nullish(),
  ClientName: z.string().nullish(),
  ActiveClientSubscriptions: z.array(z.string()).nullish(),
  ValidPrivileges: z.array(z.string()).nullish(),
  InvalidPrivileges: z.array(z.string()).nullish(),
});
export type ClientIntegrationInformation = z.infer<typeof clientIntegrationInformationSchema>;

export const lockDateSettingsSchema = z.looseObject({
  // The spec does not mark LockDate nullable, but a client that never locked a period has none.
  LockDate: responseDateSchema.nullish(),
});
export type LockDateSettings = z.infer<typeof lockDateSettingsSchema>;

/** Only the fields the product reads; the rest of VatSettingsDto passes through (loose). */
export const vatSettingsSchema = z.looseObject({
  IsVatRegistered: z.boolean().nullish(),
  VatNumber: z.string().nullish(),
  RoundingAccountId: z.int().nullish(),
  RoundingAccountNo: z.int().nullish(),
});
export type VatSettings = z.infer<typeof vatSettingsSchema>;
