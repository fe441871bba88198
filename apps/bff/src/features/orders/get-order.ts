import { orderDetailSchema, orderParamsSchema, problemSchema } from '@qo/contracts';
import { findOrderDetail } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { toOrderDetail } from './to-order-detail';

const getOrderRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orders/:id',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['orders'],
        summary: 'One order with lines, payments and its PowerOffice status',
        params: orderParamsSchema,
        response: { 200: orderDetailSchema, 401: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      return toOrderDetail(foundOr404(await findOrderDetail(app.db, companyId, request.params.id), 'Ordren'));
    },
  );
};

export default getOrderRoute;
