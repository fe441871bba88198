import type { FastifyError, FastifyPluginAsync } from 'fastify';
import createPosTokenRoute from './create-pos-token';
import ingestOrdersRoute, { POS_BODY_LIMIT_BYTES } from './ingest-orders';
import listPosTokensRoute from './list-pos-tokens';
import putCustomerRoute from './put-customer';
import revokePosTokenRoute from './revoke-pos-token';

/** POS data in: device tokens (owner) and the routes the POS calls with one. */
const posFeature: FastifyPluginAsync = async (app) => {
  app.decorateRequest('posDevice', null);

  // A POS that sends too much must learn why and what to do; everything else goes to the app's handler.
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') throw error;
    const megabytes = POS_BODY_LIMIT_BYTES / 1024 / 1024;
    return reply
      .code(413)
      .type('application/problem+json')
      .send({
        type: 'urn:quickorder:problem:payload_too_large',
        title: 'For stor forespørsel',
        status: 413,
        detail: `Forespørselen er større enn ${megabytes} MB. Send ordrene i mindre bolker (f.eks. 500 per forespørsel).`,
        code: 'payload_too_large',
      });
  });

  await app.register(createPosTokenRoute);
  await app.register(listPosTokensRoute);
  await app.register(revokePosTokenRoute);
  await app.register(ingestOrdersRoute);
  await app.register(putCustomerRoute);
};

export default posFeature;
