import type { FastifyPluginAsync } from 'fastify';
import linkCustomerRoute from './link-customer';
import listCustomerOrdersRoute from './list-customer-orders';
import listCustomersRoute from './list-customers';
import listPowerOfficeCustomersRoute from './list-poweroffice-customers';

/** Kunder: POS customers, their PowerOffice link, and their order history with invoice status. */
const customersFeature: FastifyPluginAsync = async (app) => {
  await app.register(listCustomersRoute);
  await app.register(listPowerOfficeCustomersRoute);
  await app.register(linkCustomerRoute);
  await app.register(listCustomerOrdersRoute);
};

export default customersFeature;
