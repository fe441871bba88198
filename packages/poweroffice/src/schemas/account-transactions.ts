import { z } from 'zod';
import { dateTimeSchema, responseDateSchema, uuidSchema } from './common.js';

/** One posted ledger line; `Amount` is in NOK, debit positive. */
export const accountTransactionSchema = z.looseObject({
  Id: z.int(),
  AccountId: z.int(),
  AccountNo: z.int(),
  Amount: z.number(),
  CurrencyAmount: z.number().optional(),
  CurrencyCode: z.string().nullish(),
  DepartmentId: z.int().nullish(),
  DepartmentCode: z.string().nullish(),
  Description: z.string().nullish(),
  VoucherDescription: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  IsReversed: z.boolean().nullish(),
  PostingDate: responseDateSchema,
  VoucherDate: responseDateSchema.optional(),
  VoucherId: uuidSchema,
  VoucherNo: z.int(),
  VoucherType: z.string().nullish(),
  VatId: z.int().optional(),
  VatCode: z.string().nullish(),
  VatRate: z.number().optional(),
  VatAmount: z.number().optional(),
  ReversedVoucherId: uuidSchema.nullish(),
  ReversedVoucherNo: z.int().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
});
export type AccountTransaction = z.infer<typeof accountTransactionSchema>;
