import type { z } from 'zod';
import { problemDetailsSchema } from './common.js';
import { clientIntegrationInformationSchema, lockDateSettingsSchema, vatSettingsSchema } from './settings.js';
import {
  contactAddressSchema,
  customerSchema,
  departmentSchema,
  generalLedgerAccountSchema,
  productPostSchema,
  productSchema,
  vatCodeSchema,
} from './reference-data.js';
import {
  cashVoucherLinePostSchema,
  cashVoucherLineSchema,
  cashVoucherPostSchema,
  cashVoucherSchema,
  manualVoucherLinePostSchema,
  manualVoucherLineSchema,
  manualVoucherPostSchema,
  manualVoucherSchema,
} from './vouchers.js';
import {
  salesOrderCompletePostSchema,
  salesOrderCompleteSchema,
  salesOrderLinePostSchema,
  salesOrderLineSchema,
  salesOrderSchema,
} from './sales-orders.js';
import { accountTransactionSchema } from './account-transactions.js';

/**
 * Every zod schema that crosses the wire, paired with the OpenAPI component it must agree with.
 * The schema test walks this list; a schema missing here is a schema nobody checks.
 */
export const openApiSchemas: ReadonlyArray<readonly [component: string, schema: z.ZodType]> = [
  ['ProblemDetails', problemDetailsSchema],
  ['ClientIntegrationInformationDto', clientIntegrationInformationSchema],
  ['LockDateSettingsDto', lockDateSettingsSchema],
  ['VatSettingsDto', vatSettingsSchema],
  ['GeneralLedgerAccountDto', generalLedgerAccountSchema],
  ['VatCodeDto', vatCodeSchema],
  ['DepartmentDto', departmentSchema],
  ['CustomerDto', customerSchema],
  ['ContactAddressDto', contactAddressSchema],
  ['ProductDto', productSchema],
  ['ProductPostDto', productPostSchema],
  ['ManualVoucherPostDto', manualVoucherPostSchema],
  ['ManualVoucherLinePostDto', manualVoucherLinePostSchema],
  ['ManualVoucherDto', manualVoucherSchema],
  ['ManualVoucherLineDto', manualVoucherLineSchema],
  ['SalesOrderCompletePostDto', salesOrderCompletePostSchema],
  ['SalesOrderLinePostDto', salesOrderLinePostSchema],
  ['SalesOrderCompleteDto', salesOrderCompleteSchema],
  ['SalesOrderDto', salesOrderSchema],
  ['SalesOrderLineDto', salesOrderLineSchema],
  ['AccountTransactionDto', accountTransactionSchema],
  ['CashVoucherPostDto', cashVoucherPostSchema],
  ['CashVoucherLinePostDto', cashVoucherLinePostSchema],
  ['CashVoucherDto', cashVoucherSchema],
  ['CashVoucherLineDto', cashVoucherLineSchema],
];
