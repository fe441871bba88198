import { z } from 'zod';
import { dateSchema, dateTimeSchema, responseDateSchema, uuidSchema } from './common.js';

const lineTypeSchema = z.enum(['Normal', 'Text', 'Summary', 'InvoiceFee', 'TotalHours']);
const orderStatusSchema = z.enum(['Draft', 'Confirmed']);

/** Order lines carry no VAT field: account and VAT follow the product's sales account. */
export const salesOrderLinePostSchema = z.strictObject({
  ProductId: z.int().nullish(),
  ProductCode: z.string().nullish(),
  Description: z.string().nullish(),
  Quantity: z.number().nullish(),
  ProductUnitPrice: z.number().nullish(),
  ProductUnitCost: z.number().nullish(),
  Allowance: z.number().nullish(),
  LineType: lineTypeSchema.nullish(),
  UseStandardSalesAccount: z.boolean().nullish(),
  UnitOfMeasureCode: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  SortOrder: z.int().nullish(),
  DepartmentId: z.int().nullish(),
  DepartmentCode: z.string().nullish(),
  LocationId: z.int().nullish(),
  LocationCode: z.string().nullish(),
  ProjectId: z.int().nullish(),
  ProjectCode: z.string().nullish(),
});
export type SalesOrderLinePost = z.infer<typeof salesOrderLinePostSchema>;

export const salesOrderCompletePostSchema = z.strictObject({
  CustomerId: z.int().nullish(),
  CustomerNo: z.int().nullish(),
  SalesOrderDate: dateSchema.nullish(),
  DeliveryDate: dateSchema.nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedOrderNo: z.int().nullish(),
  CustomerReference: z.string().nullish(),
  PurchaseOrderReference: z.string().nullish(),
  ContractNo: z.string().nullish(),
  DepartmentId: z.int().nullish(),
  DepartmentCode: z.string().nullish(),
  LocationId: z.int().nullish(),
  LocationCode: z.string().nullish(),
  ProjectId: z.int().nullish(),
  ProjectCode: z.string().nullish(),
  CurrencyCode: z.string().nullish(),
  CurrencyExchangeRate: z.number().nullish(),
  CustomMatchingReference: z.string().nullish(),
  PaymentTermId: z.int().nullish(),
  PaymentTerm: z.int().nullish(),
  SalesOrderStatus: orderStatusSchema.nullish(),
  SalesOrderLines: z.array(salesOrderLinePostSchema).nullish(),
});
export type SalesOrderCompletePost = z.infer<typeof salesOrderCompletePostSchema>;

export const salesOrderLineSchema = z.looseObject({
  Id: uuidSchema.optional(),
  ProductId: z.int().nullish(),
  ProductCode: z.string().nullish(),
  Description: z.string().nullish(),
  Quantity: z.number().nullish(),
  ProductUnitPrice: z.number().nullish(),
  Allowance: z.number().nullish(),
  ExternalImportReference: z.string().nullish(),
  SortOrder: z.int().nullish(),
  VatId: z.int().nullish(),
  VatCode: z.string().nullish(),
  VatRate: z.number().nullish(),
  VatAmount: z.number().optional(),
  NetAmount: z.number().optional(),
  TotalAmount: z.number().optional(),
});
export type SalesOrderLine = z.infer<typeof salesOrderLineSchema>;

/** Header fields shared by SalesOrderDto and SalesOrderCompleteDto. */
const salesOrderHeaderShape = {
  Id: uuidSchema,
  SalesOrderNo: z.int().nullish(),
  SalesOrderDate: responseDateSchema.nullish(),
  SalesOrderStatus: orderStatusSchema.nullish(),
  CustomerId: z.int().nullish(),
  CustomerNo: z.int().nullish(),
  CustomerReference: z.string().nullish(),
  DepartmentId: z.int().nullish(),
  DepartmentCode: z.string().nullish(),
  ExternalImportReference: z.string().nullish(),
  ImportedOrderNo: z.int().nullish(),
  CurrencyCode: z.string().nullish(),
  NetAmount: z.number().optional(),
  TotalAmount: z.number().optional(),
  LineCount: z.int().optional(),
  IsCreatedByCurrentIntegration: z.boolean().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
  LastChangedDateTimeOffset: dateTimeSchema.nullish(),
};

export const salesOrderSchema = z.looseObject(salesOrderHeaderShape);
export type SalesOrder = z.infer<typeof salesOrderSchema>;

export const salesOrderCompleteSchema = z.looseObject({
  ...salesOrderHeaderShape,
  SalesOrderLines: z.array(salesOrderLineSchema).nullish(),
});
export type SalesOrderComplete = z.infer<typeof salesOrderCompleteSchema>;
