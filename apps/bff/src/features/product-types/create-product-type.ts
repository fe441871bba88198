import {
  problemSchema,
  productTypeBodySchema,
  productTypeSchema,
  setupStatusQuerySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { createCompanyMapping } from '../../services/mappings/company-mapping';
import { MAPPING_WRITE_ROLES } from '../../services/mappings/mapping-context';
import { productTypeMapping } from './product-type-mapping';

const createProductTypeRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/product-types',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Add a product type',
        querystring: setupStatusQuerySchema,
        body: productTypeBodySchema,
        response: {
          201: productTypeSchema,
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
        productTypeMapping,
        request.body,
        request.query.departmentId,
      );
      return reply.code(201).send(created);
    },
  );
};

export default createProductTypeRoute;
