import type { FastifyPluginAsync } from 'fastify';
import getAttentionRoute from './get-attention';

/** Oversikt: what needs attention, each department's month of business days, its daily sales. */
const overviewFeature: FastifyPluginAsync = async (app) => {
  await app.register(getAttentionRoute);
};

export default overviewFeature;
