import type { FastifyPluginAsync } from 'fastify';
import getAttentionRoute from './get-attention';
import getCalendarRoute from './get-calendar';
import getSalesChartRoute from './get-sales-chart';

/** Oversikt: what needs attention, each department's month of business days, its daily sales. */
const overviewFeature: FastifyPluginAsync = async (app) => {
  await app.register(getAttentionRoute);
  await app.register(getCalendarRoute);
  await app.register(getSalesChartRoute);
};

export default overviewFeature;
