import { isStorableText, posIngestResponseSchema, posOrdersBodySchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authenticateDevice, currentDevice } from './device-auth';
import { enqueueCreditOrders } from '../../services/invoicing/enqueue';
import { ingestPosBatch } from '../../services/pos/ingest';
import { posTimeWindow } from '../../services/pos/validate-order';

/** Far above a batch of 1000 orders; a POS with more sends several requests. */
export const POS_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

const ingestOrdersRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/pos/orders',
    {
      config: { roles: 'device', textCheckedPerItem: true },
      bodyLimit: POS_BODY_LIMIT_BYTES,
      onRequest: authenticateDevice(app),
      schema: {
        tags: ['pos'],
        summary: 'Push closed orders and cash movements (device token)',
        description:
          'The envelope is strict: only `orders` and `cashMovements` (at least one of them); any other key is ' +
          'a 400 naming it. ' +
          'Idempotent per POS id: an id sent again with the same content counts as a duplicate; with other ' +
          'content it is rejected (409 reason) and the stored one kept. Each order is checked on its own; ' +
          'the valid ones are stored in one transaction. 200 when the envelope is valid, even if some orders ' +
          'are rejected; 400 (nothing stored) when it is not; 413 above 5 MB. Per-order reasons include text ' +
          'a database cannot store (NUL, lone surrogates) and timestamps outside the configured window ' +
          '(default a year back to a day ahead). See docs/pos-ingest.md.',
        security: [{ deviceToken: [] }],
        body: posOrdersBodySchema,
        response: {
          200: posIngestResponseSchema,
          400: problemSchema,
          401: problemSchema,
          413: problemSchema,
        },
      },
    },
    async (request) => {
      const window = posTimeWindow(new Date(), app.config.posTimestampWindow);
      const result = await ingestPosBatch(app.db, currentDevice(request), request.body, { window });
      // After the commit: credit orders go to the sales-order outbox when automatic invoicing is on.
      // Only an order with a customer can be one, so a batch without any costs no query at all.
      const withCustomer = request.body.orders.flatMap((o) =>
        typeof o.customerId === 'string' && o.customerId.trim() !== '' && isStorableText(o.id) ? [o.id] : [],
      );
      await enqueueCreditOrders(app, currentDevice(request), withCustomer);
      return result;
    },
  );
};

export default ingestOrdersRoute;
