import type { FastifyPluginAsync } from 'fastify';
import getChartRoute from './get-chart';
import getSetupStatusRoute from './get-setup-status';

/** The setup checklist (`/api/setup-status`) and the chart the mapping pickers read (`/api/chart-of-accounts`). */
const setupFeature: FastifyPluginAsync = async (app) => {
  await app.register(getSetupStatusRoute);
  await app.register(getChartRoute);
};

export default setupFeature;
