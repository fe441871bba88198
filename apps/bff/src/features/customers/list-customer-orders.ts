import { customerOrderListSchema, customerParamsSchema, problemSchema } from '@qo/contracts';
import { findCustomer, listCustomerOrders } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { toPowerOfficeState } from '../../services/invoicing/to-poweroffice-state';

const listCustomerOrdersRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/customers/:id/orders',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['customers'],
        summary: "A customer's orders with their PowerOffice status (Bestillingshistorikk), newest first",
        params: customerParamsSchema,
        response: { 200: customerOrderListSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const customer = foundOr404(await findCustomer(app.db, companyId, request.params.id), 'Kunden');
      const orders = await listCustomerOrders(app.db, companyId, customer.id);
      return orders.map((o) => ({
        id: o.id,
        posId: o.posId,
        departmentId: o.departmentId,
        departmentName: o.departmentName,
        closedAt: o.closedAt,
        total: o.total,
        powerOffice: toPowerOfficeState(o.outbox),
      }));
    },
  );
};

export default listCustomerOrdersRoute;
