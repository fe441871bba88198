import { problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../lib/app-error';
import { safeEqual } from '../../lib/sessions';

/**
 * Prometheus text format. With METRICS_TOKEN set, a scraper must send `Authorization: Bearer
 * <token>`; without it the route exists only outside production (in production it answers 404
 * until a token is configured), so metrics are never open to whoever reaches the app's port.
 */
const metricsRoute: FastifyPluginAsyncZod = async (app) => {
  const { metricsToken, isProduction } = app.config;
  if (!metricsToken && isProduction) {
    app.log.info('GET /metrics is off: set METRICS_TOKEN to turn it on');
    return;
  }
  app.get(
    '/metrics',
    {
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (Bearer METRICS_TOKEN when configured)',
        response: { 200: z.string(), 401: problemSchema },
      },
    },
    async (request, reply) => {
      if (metricsToken) {
        const header = request.headers.authorization ?? '';
        const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
        if (!safeEqual(given, metricsToken)) {
          throw new AppError(
            'unauthenticated',
            'Send METRICS_TOKEN as "Authorization: Bearer <token>" to read the metrics',
            {
              headers: { 'www-authenticate': 'Bearer realm="metrics"' },
            },
          );
        }
      }
      const { registry } = app.metrics;
      const text = await registry.metrics();
      return reply.header('cache-control', 'no-store').type(registry.contentType).send(text);
    },
  );
};

export default metricsRoute;
