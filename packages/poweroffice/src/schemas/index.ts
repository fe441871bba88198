export * from './common.js';
export * from './settings.js';
export * from './reference-data.js';
export * from './vouchers.js';
export * from './sales-orders.js';
export * from './account-transactions.js';
export { openApiSchemas } from './openapi-map.js';
export * from './voucher-documentation.js';
