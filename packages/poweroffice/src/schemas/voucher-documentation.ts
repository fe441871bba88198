import { z } from 'zod';
import { uuidSchema } from './common.js';

/** VoucherDocumentationDto: a voucher and the kinds of documentation it has. */
export const voucherDocumentationSchema = z.looseObject({
  VoucherId: uuidSchema,
  VoucherNo: z.int().nullish(),
  VoucherType: z.string().nullish(),
  HasPdf: z.boolean().nullish(),
  HasEhf: z.boolean().nullish(),
  HasImages: z.boolean().nullish(),
  HasSalesOrderAttachments: z.boolean().nullish(),
  IsImported: z.boolean().nullish(),
});
export type VoucherDocumentation = z.infer<typeof voucherDocumentationSchema>;

/** VoucherDocumentationType, the `documentationType` of a download. */
export type VoucherDocumentationType = 'Ehf' | 'Pdf' | 'Images' | 'All';
