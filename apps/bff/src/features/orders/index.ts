import type { FastifyPluginAsync } from 'fastify';
import getOrderRoute from './get-order';
import sendOrderRoute from './send-order';

/** Order details with their PowerOffice status, and "send again". */
const ordersFeature: FastifyPluginAsync = async (app) => {
  await app.register(getOrderRoute);
  await app.register(sendOrderRoute);
};

export default ordersFeature;
