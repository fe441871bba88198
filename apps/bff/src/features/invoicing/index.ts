import type { FastifyPluginAsync } from 'fastify';
import createProductRoute from './create-product';
import linkProductRoute from './link-product';
import listProductLinksRoute from './list-product-links';

/**
 * Automatic invoicing: product type ↔ PowerOffice product links. The sales-order outbox worker is
 * the app's `salesOrderWorker` plugin (`src/services/invoicing/worker-plugin.ts`).
 */
const invoicingFeature: FastifyPluginAsync = async (app) => {
  await app.register(listProductLinksRoute);
  await app.register(linkProductRoute);
  await app.register(createProductRoute);
};

export default invoicingFeature;
