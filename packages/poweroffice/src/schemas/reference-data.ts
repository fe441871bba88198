import { z } from 'zod';
import { dateTimeSchema, responseDateSchema } from './common.js';

export const generalLedgerAccountSchema = z.looseObject({
  Id: z.int(),
  AccountNo: z.int(),
  Name: z.string().nullish(),
  IsActive: z.boolean().nullish(),
  GeneralLedgerAccountType: z.string().nullish(),
  VatCode: z.string().nullish(),
  VatCodeId: z.int().nullish(),
  IsVatCodeLocked: z.boolean().nullish(),
  IsDepartmentRequired: z.boolean().nullish(),
  IsProjectRequired: z.boolean().nullish(),
  DepartmentId: z.int().nullish(),
  DepartmentCode: z.string().nullish(),
  CurrencyCode: z.string().nullish(),
  LastChangedDateTimeOffset: dateTimeSchema.nullish(),
});
export type GeneralLedgerAccount = z.infer<typeof generalLedgerAccountSchema>;

export const vatCodeSchema = z.looseObject({
  Id: z.int(),
  Code: z.string().nullish(),
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  Rate: z.number(),
  IsActive: z.boolean().nullish(),
  IsCustom: z.boolean().nullish(),
  BaseVatCodeId: z.int().nullish(),
  ValidFrom: responseDateSchema.optional(),
  ValidTo: responseDateSchema.nullish(),
});
export type VatCode = z.infer<typeof vatCodeSchema>;

export const departmentSchema = z.looseObject({
  Id: z.int(),
  Code: z.string().nullish(),
  Name: z.string().nullish(),
  IsActive: z.boolean().nullish(),
  ManagerEmployeeId: z.int().nullish(),
  CreatedDateTimeOffset: dateTimeSchema.nullish(),
  LastChangedDateTimeOffset: dateTimeSchema.nullish(),
});
export type Department = z.infer<typeof departmentSchema>;

export const contactAddressSchema = z.looseObject({
  AddressLine1: z.string().nullish(),
  AddressLine2: z.string().nullish(),
  ZipCode: z.string().nullish(),
  City: z.string().nullish(),
  CountryCode: z.string().nullish(),
});

export const customerSchema = z.looseObject({
  Id: z.int(),
  Number: z.int().nullish(),
  Name: z.string().nullish(),
  FirstName: z.string().nullish(),
  LastName: z.string().nullish(),
  IsPerson: z.boolean().nullish(),
  LegalName: z.string().nullish(),
  OrganizationNumber: z.string().nullish(),
  EmailAddress: z.string().nullish(),
  InvoiceEmailAddress: z.string().nullish(),
  PhoneNumber: z.string().nullish(),
  MailAddress: contactAddressSchema.nullish(),
  ExternalImportReference: z.string().nullish(),
  ExternalNumber: z.int().nullish(),
  SubledgerAccountId: z.int().nullish(),
  DepartmentId: z.int().nullish(),
  IsVatFree: z.boolean().nullish(),
  IsActive: z.boolean().nullish(),
  IsArchived: z.boolean().nullish(),
  CurrencyCode: z.string().nullish(),
  LastChangedDateTimeOffset: dateTimeSchema.nullish(),
});
export type Customer = z.infer<typeof customerSchema>;

export const productSchema = z.looseObject({
  Id: z.int(),
  Code: z.string().nullish(),
  Name: z.string().nullish(),
  Description: z.string().nullish(),
  UnitPrice: z.number().nullish(),
  UnitCost: z.number().nullish(),
  ProductType: z.string().nullish(),
  StandardSalesAccountId: z.int().nullish(),
  StandardSalesAccount: z.int().nullish(),
  OptionalSalesAccountId: z.int().nullish(),
  OptionalSalesAccount: z.int().nullish(),
  Gtin: z.string().nullish(),
  UnitOfMeasureCode: z.string().nullish(),
  IsArchived: z.boolean().nullish(),
  LastChangedDateTimeOffset: dateTimeSchema.nullish(),
});
export type Product = z.infer<typeof productSchema>;

export const productPostSchema = z.strictObject({
  Name: z.string().min(1),
  Code: z.string().nullish(),
  Description: z.string().nullish(),
  UnitPrice: z.number().nullish(),
  UnitCost: z.number().nullish(),
  ProductType: z.enum(['Product', 'Service']).nullish(),
  StandardSalesAccountId: z.int().nullish(),
  StandardSalesAccount: z.int().nullish(),
  OptionalSalesAccountId: z.int().nullish(),
  OptionalSalesAccount: z.int().nullish(),
  Gtin: z.string().nullish(),
  UnitOfMeasureCode: z.string().nullish(),
  IsArchived: z.boolean().nullish(),
});
export type ProductPost = z.infer<typeof productPostSchema>;
