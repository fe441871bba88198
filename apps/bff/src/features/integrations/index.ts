import type { FastifyPluginAsync } from 'fastify';
import listPowerOfficeListsRoute from './list-poweroffice-lists';

/** Integrasjoner: PowerOffice GO connections per department, slots, and the client's lists. */
const integrationsFeature: FastifyPluginAsync = async (app) => {
  await app.register(listPowerOfficeListsRoute);
};

export default integrationsFeature;
