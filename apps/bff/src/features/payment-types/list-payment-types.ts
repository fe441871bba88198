import { paymentTypeSchema, problemSchema, setupStatusQuerySchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { listCompanyMappings } from '../../services/mappings/company-mapping';
import { MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';
import { paymentTypeMapping } from './payment-type-mapping';

const listPaymentTypesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/payment-types',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Payment types with their ledger accounts, transfer switch and warnings',
        querystring: setupStatusQuerySchema,
        response: {
          200: z.array(paymentTypeSchema),
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) =>
      listCompanyMappings(
        app,
        currentUser(request).companyId,
        paymentTypeMapping,
        request.query.departmentId,
      ),
  );
};

export default listPaymentTypesRoute;
