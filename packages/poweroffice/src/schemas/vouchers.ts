import { z } from 'zod';
import { dateSchema, dateTimeSchema, responseDateSchema, uuidSchema } from './common.js';

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
  PostingDate: responseDateSchema,
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
  // A POST answer may carry an interim number (absent or 0); the final one is read back.
  VoucherNo: z.int().optional(),
  VoucherDate: responseDateSchema,
  CurrencyCode: z.string().nullish(),
  Description: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedVoucherNo: z.int().nullish(),
  IsReversed: z.boolean().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
  VoucherLines: z.array(manualVoucherLineSchema).nullish(),
});
export type ManualVoucher = z.infer<typeof manualVoucherSchema>;

/**
 * A cash voucher (CashVoucherPostDto): the same members as a manual voucher, posted through
 * CashVoucherPosting, which PowerOffice gives a POS for its daily cash sales. Every line names its
 * VAT code (VAT code 0's id where the line has no VAT), so `VatId` is never null here.
 */
export const cashVoucherLinePostSchema = manualVoucherLinePostSchema.extend({ VatId: z.int() });
export type CashVoucherLinePost = z.infer<typeof cashVoucherLinePostSchema>;

export const cashVoucherPostSchema = manualVoucherPostSchema.extend({
  VoucherLines: z.array(cashVoucherLinePostSchema).min(1),
});
export type CashVoucherPost = z.infer<typeof cashVoucherPostSchema>;

export const cashVoucherLineSchema = manualVoucherLineSchema;
export const cashVoucherSchema = manualVoucherSchema;
export type CashVoucher = z.infer<typeof cashVoucherSchema>;
