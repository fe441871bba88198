import type { FastifyPluginAsync } from 'fastify';
import createProductRoute from './create-product';
import linkProductRoute from './link-product';
import listProductLinksRoute from './list-product-links';
import { registerSalesOrderWorker, SalesOrderWorker } from '../../services/invoicing/worker';

/**
 * Automatic invoicing: product type ↔ PowerOffice product links, and the sales-order outbox worker
 * that runs inside the BFF process (started when the app is ready, stopped when it closes).
 */
const invoicingFeature: FastifyPluginAsync = async (app) => {
  const worker = new SalesOrderWorker(app);
  registerSalesOrderWorker(app, worker);
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => worker.stop());

  await app.register(listProductLinksRoute);
  await app.register(linkProductRoute);
  await app.register(createProductRoute);
};

export default invoicingFeature;
