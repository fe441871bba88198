import fp from 'fastify-plugin';
import { SalesOrderWorker } from './worker';

declare module 'fastify' {
  interface FastifyInstance {
    /** The process's sales-order outbox worker (see `src/features/invoicing/README.md`). */
    salesOrderWorker: SalesOrderWorker;
  }
}

/** The sales-order outbox worker runs inside the BFF process: started when ready, stopped on close. */
export default fp(
  async (app) => {
    const worker = new SalesOrderWorker(app);
    app.decorate('salesOrderWorker', worker);
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => worker.stop());
  },
  { name: 'sales-order-worker', dependencies: ['db', 'poweroffice'] },
);
