import type { FastifyPluginAsync } from 'fastify';
import accountingSettingsFeature from './features/accounting-settings/index';
import alertsFeature from './features/alerts/index';
import authFeature from './features/auth/index';
import customersFeature from './features/customers/index';
import departmentsFeature from './features/departments/index';
import exportFeature from './features/export/index';
import integrationsFeature from './features/integrations/index';
import invoicingFeature from './features/invoicing/index';
import ordersFeature from './features/orders/index';
import overviewFeature from './features/overview/index';
import paymentTypesFeature from './features/payment-types/index';
import posFeature from './features/pos/index';
import productTypesFeature from './features/product-types/index';
import reconciliationFeature from './features/reconciliation/index';
import setupFeature from './features/setup/index';
import vatCodesFeature from './features/vat-codes/index';
import type { SessionContext } from './lib/sessions';

/**
 * Every feature under /api, one line each. A feature is a folder under features/ whose index
 * registers one file per endpoint; each route declares `config.roles` and its zod schemas.
 */
const apiRoutes: FastifyPluginAsync<{ sessions: SessionContext }> = async (app, { sessions }) => {
  await app.register(authFeature, sessions);
  await app.register(departmentsFeature);
  await app.register(integrationsFeature);
  await app.register(posFeature);
  await app.register(exportFeature);
  await app.register(productTypesFeature);
  await app.register(vatCodesFeature);
  await app.register(paymentTypesFeature);
  await app.register(accountingSettingsFeature);
  await app.register(setupFeature);
  await app.register(invoicingFeature);
  await app.register(customersFeature);
  await app.register(ordersFeature);
  await app.register(alertsFeature);
  await app.register(overviewFeature);
  await app.register(reconciliationFeature);
};

export default apiRoutes;
