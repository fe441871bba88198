import type { FastifyPluginAsync } from 'fastify';
import connectIntegrationRoute from './connect-integration';
import disconnectIntegrationRoute from './disconnect-integration';
import getIntegrationRoute from './get-integration';
import listPowerOfficeListsRoute from './list-poweroffice-lists';
import listSlotsRoute from './list-slots';
import testConnectionRoute from './test-connection';
import updateIntegrationRoute from './update-integration';

/** Integrasjoner: PowerOffice GO connections per department, slots, and the client's lists. */
const integrationsFeature: FastifyPluginAsync = async (app) => {
  await app.register(listSlotsRoute);
  await app.register(getIntegrationRoute);
  await app.register(connectIntegrationRoute);
  await app.register(updateIntegrationRoute);
  await app.register(disconnectIntegrationRoute);
  await app.register(testConnectionRoute);
  await app.register(listPowerOfficeListsRoute);
};

export default integrationsFeature;
