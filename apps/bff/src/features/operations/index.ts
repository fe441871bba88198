import type { FastifyPluginAsync } from 'fastify';
import healthzRoute from './healthz';
import metricsRoute from './metrics';
import readyzRoute from './readyz';

/** What operators and orchestrators call, outside /api: liveness, readiness, Prometheus metrics. */
const operationsFeature: FastifyPluginAsync = async (app) => {
  await app.register(healthzRoute);
  await app.register(readyzRoute);
  await app.register(metricsRoute);
};

export default operationsFeature;
