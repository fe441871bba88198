import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';
import { accountTransactionRoutes } from './account-transactions.js';
import { masterDataRoutes } from './master-data.js';
import { productRoutes } from './products.js';
import { salesOrderRoutes } from './sales-orders.js';
import { vatCodeRoutes } from './vat-codes.js';
import { voucherDocumentationRoutes } from './voucher-documentation.js';
import { voucherRoutes } from './vouchers.js';

/** The rest of the /v2 operations, registered inside the /v2 (and /Demo/v2) prefix. */
export function v2Routes(app: FastifyInstance, ctx: SimContext): void {
  vatCodeRoutes(app);
  masterDataRoutes(app);
  productRoutes(app, ctx);
  voucherRoutes(app, ctx);
  accountTransactionRoutes(app, ctx);
  salesOrderRoutes(app, ctx);
  voucherDocumentationRoutes(app, ctx);
}
