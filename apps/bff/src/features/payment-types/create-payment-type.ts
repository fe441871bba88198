import {
  paymentTypeBodySchema,
  paymentTypeSchema,
  problemSchema,
  setupStatusQuerySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { createCompanyMapping } from '../../services/mappings/company-mapping';
import { MAPPING_WRITE_ROLES } from '../../services/mappings/mapping-context';
import { paymentTypeMapping } from './payment-type-mapping';

const createPaymentTypeRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/payment-types',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Add a payment type',
        querystring: setupStatusQuerySchema,
        body: paymentTypeBodySchema,
        response: {
          201: paymentTypeSchema,
          400: problemSchema,
          403: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const created = await createCompanyMapping(
        app,
        currentUser(request),
        paymentTypeMapping,
        request.body,
        request.query.departmentId,
      );
      return reply.code(201).send(created);
    },
  );
};

export default createPaymentTypeRoute;
