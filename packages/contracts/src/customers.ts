import { z } from 'zod';
import { failureSchema } from './failure';

/*
 * Kunder and invoice status: POS customers linked to PowerOffice customers, product types linked
 * to PowerOffice products, and each credit order's sales-order state (Bestillingshistorikk).
 */

export const powerOfficeCustomerRefSchema = z.object({
  id: z.number().int(),
  number: z.number().int().nullable(),
  name: z.string(),
});
export type PowerOfficeCustomerRef = z.infer<typeof powerOfficeCustomerRefSchema>;

export const customerSchema = z.object({
  id: z.string(),
  /** The POS's own customer id. */
  externalId: z.string(),
  name: z.string(),
  orgNo: z.string().nullable(),
  powerOfficeCustomer: powerOfficeCustomerRefSchema.nullable(),
});
export type Customer = z.infer<typeof customerSchema>;
export const customerListSchema = z.array(customerSchema);

export const customerParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const linkCustomerBodySchema = z.object({
  /** PowerOffice customer `Id`; null unlinks. */
  powerOfficeCustomerId: z.number({ error: 'Velg en kunde fra PowerOffice' }).int().positive().nullable(),
  /** Which department's PowerOffice client to link in; needed only when departments use different clients. */
  departmentId: z.string().min(1).optional(),
});
export type LinkCustomerBody = z.infer<typeof linkCustomerBodySchema>;

/** One entry of the searchable dropdown. */
export const powerOfficeCustomerOptionSchema = z.object({
  id: z.number().int(),
  number: z.number().int().nullable(),
  name: z.string(),
  orgNo: z.string().nullable(),
  isActive: z.boolean(),
});
export type PowerOfficeCustomerOption = z.infer<typeof powerOfficeCustomerOptionSchema>;

export const powerOfficeCustomerOptionsSchema = z.object({
  departmentId: z.string(),
  clientName: z.string().nullable(),
  fetchedAt: z.string(),
  items: z.array(powerOfficeCustomerOptionSchema),
});
export type PowerOfficeCustomerOptions = z.infer<typeof powerOfficeCustomerOptionsSchema>;

export const powerOfficeOptionsQuerySchema = z.object({
  departmentId: z.string().min(1).optional(),
  refresh: z.enum(['true', 'false']).optional(),
});

export const invoiceStatusSchema = z.enum(['sent', 'failed', 'pending', 'not_linked', 'not_applicable']);
export type InvoiceStatus = z.infer<typeof invoiceStatusSchema>;

export const powerOfficeOrderStateSchema = z.object({
  status: invoiceStatusSchema,
  sentAt: z.string().nullable(),
  /** PowerOffice's SalesOrderNo. */
  orderNo: z.number().int().nullable(),
  /** Why it is not sent (PowerOffice's own text where it gave one). */
  error: z.string().nullable(),
  /** The same reason for the UI to explain: what went wrong, who said it, where to fix it. */
  failure: failureSchema.nullable().optional(),
  attempts: z.number().int(),
  /** When the next automatic attempt is due (pending only). */
  nextAttemptAt: z.string().nullable(),
  /** The sales order's ExternalImportReference. */
  reference: z.string().nullable(),
});
export type PowerOfficeOrderState = z.infer<typeof powerOfficeOrderStateSchema>;

export const customerOrderSchema = z.object({
  id: z.string(),
  /** The POS order number. */
  posId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  closedAt: z.string(),
  total: z.number().int(),
  powerOffice: powerOfficeOrderStateSchema,
});
export type CustomerOrder = z.infer<typeof customerOrderSchema>;
export const customerOrderListSchema = z.array(customerOrderSchema);

export const orderParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const orderDetailSchema = z.object({
  id: z.string(),
  posId: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  closedAt: z.string(),
  orderType: z.enum(['dine_in', 'takeaway']),
  customer: z.object({ id: z.string(), name: z.string() }).nullable(),
  total: z.number().int(),
  tips: z.number().int(),
  rounding: z.number().int(),
  lines: z.array(
    z.object({
      productTypeId: z.string(),
      productTypeName: z.string().nullable(),
      description: z.string(),
      quantity: z.number().int(),
      unitPrice: z.number().int(),
      discount: z.number().int(),
      vatRate: z.number().int(),
      total: z.number().int(),
    }),
  ),
  payments: z.array(
    z.object({
      paymentTypeId: z.string(),
      name: z.string().nullable(),
      kind: z.string().nullable(),
      amount: z.number().int(),
      tip: z.number().int(),
    }),
  ),
  powerOffice: powerOfficeOrderStateSchema,
});
export type OrderDetail = z.infer<typeof orderDetailSchema>;

/** Product type ↔ PowerOffice product (the sales order's lines name the product). */
export const powerOfficeProductRefSchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  standardAccountNo: z.number().int().nullable(),
  optionalAccountNo: z.number().int().nullable(),
});
export type PowerOfficeProductRef = z.infer<typeof powerOfficeProductRefSchema>;

export const productLinkSchema = z.object({
  productTypeId: z.string(),
  name: z.string(),
  normalAccountNo: z.number().int().nullable(),
  reducedAccountNo: z.number().int().nullable(),
  powerOfficeProduct: powerOfficeProductRefSchema.nullable(),
});
export type ProductLink = z.infer<typeof productLinkSchema>;

export const productLinksSchema = z.object({
  departmentId: z.string().nullable(),
  fetchedAt: z.string().nullable(),
  productTypes: z.array(productLinkSchema),
  /** The connected client's active products to choose from. */
  products: z.array(powerOfficeProductRefSchema),
  /** Whether the caller may create a missing product in PowerOffice GO (POST …/poweroffice-product). */
  canCreate: z.boolean(),
});
export type ProductLinks = z.infer<typeof productLinksSchema>;

export const productLinkParamsSchema = z.object({ productTypeId: z.string().min(1).max(100) });
export const linkProductBodySchema = z.object({
  powerOfficeProductId: z.number({ error: 'Velg et produkt fra PowerOffice' }).int().positive().nullable(),
  departmentId: z.string().min(1).optional(),
});
export type LinkProductBody = z.infer<typeof linkProductBodySchema>;
export const createPowerOfficeProductBodySchema = z.object({ departmentId: z.string().min(1).optional() });
export type CreatePowerOfficeProductBody = z.infer<typeof createPowerOfficeProductBodySchema>;
