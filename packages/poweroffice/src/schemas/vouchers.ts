import { z } from 'zod';
import { dateSchema, dateTimeSchema, uuidSchema } from './common.js';

const vatReturnSpecificationSchema = z.enum([
  'None',
  'Adjustment',
  'LossesOnClaims',
  'ReversalOfInputValueAddedTax',
  'Withdrawals',
  'AdjustmentVatCompensationRealProperty',
  'PurchasesEligibleForCompensation',
]);

/**
 * One line of a direct-posted manual voucher. `AccountId`, `PostingDate` and `VatId` are required
 * keys in the spec (AccountId and VatId nullable); `CurrencyAmount` is the gross amount in kroner,
 * signed (debit positive), never 0.
 */
export const manualVoucherLinePostSchema = z.strictObject({
  AccountId: z.int().nullable(),
  PostingDate: dateSchema,
  VatId: z.int().nullable(),
  CurrencyAmount: z.number(),
  CurrencyCode: z.string().max(3).nullish(),
  CurrencyExchangeRate: z.number().nullish(),
  CustomMatchingReference: z.string().nullish(),
  DepartmentId: z.int().nullish(),
  Description: z.string().nullish(),
  Dim1Id: z.int().nullish(),
  Dim2Id: z.int().nullish(),
  Dim3Id: z.int().nullish(),
  ExternalLineReference: z.string().nullish(),
  LocationId: z.int().nullish(),
  ProductId: z.int().nullish(),
  ProjectId: z.int().nullish(),
  Quantity: z.number().nullish(),
  VatReturnSpecification: vatReturnSpecificationSchema.nullish(),
});
export type ManualVoucherLinePost = z.infer<typeof manualVoucherLinePostSchema>;

export const manualVoucherPostSchema = z.strictObject({
  VoucherDate: dateSchema,
  CurrencyCode: z.string().max(3).nullable(),
  Description: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedVoucherNo: z.int().nullish(),
  SaftBatchId: z.string().max(35).nullish(),
  SaftSourceId: z.string().max(35).nullish(),
  VoucherLines: z.array(manualVoucherLinePostSchema).nullish(),
});
export type ManualVoucherPost = z.infer<typeof manualVoucherPostSchema>;

export const manualVoucherLineSchema = z.looseObject({
  Id: z.int().optional(),
  AccountId: z.int().nullish(),
  PostingDate: dateSchema,
  VatId: z.int().nullish(),
  CurrencyAmount: z.number(),
  CurrencyCode: z.string().nullish(),
  DepartmentId: z.int().nullish(),
  Description: z.string().nullish(),
  ExternalLineReference: z.string().nullish(),
  LocationId: z.int().nullish(),
  ProductId: z.int().nullish(),
  ProjectId: z.int().nullish(),
  Quantity: z.number().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
});
export type ManualVoucherLine = z.infer<typeof manualVoucherLineSchema>;

export const manualVoucherSchema = z.looseObject({
  Id: uuidSchema,
  // UNCONFIRMED whether the POST answer always carries the final number; read it back when absent.
  VoucherNo: z.int().optional(),
  VoucherDate: dateSchema,
  CurrencyCode: z.string().nullish(),
  Description: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedVoucherNo: z.int().nullish(),
  IsReversed: z.boolean().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
  VoucherLines: z.array(manualVoucherLineSchema).nullish(),
});
export type ManualVoucher = z.infer<typeof manualVoucherSchema>;
