import { customerListSchema, problemSchema } from '@qo/contracts';
import { listCustomerLinks, listCustomers } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { toCustomer } from './to-customer';

const listCustomersRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['customers'],
        summary: "The POS's customers with their PowerOffice link",
        response: { 200: customerListSchema, 401: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const [customers, links] = await Promise.all([
        listCustomers(app.db, companyId),
        listCustomerLinks(app.db, companyId),
      ]);
      const byCustomer = new Map(links.map((l) => [l.customer_id, l]));
      return customers.map((c) => toCustomer(c, byCustomer.get(c.id)));
    },
  );
};

export default listCustomersRoute;
