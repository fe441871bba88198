import { problemSchema, productTypeSchema, setupStatusQuerySchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { listCompanyMappings } from '../../services/mappings/company-mapping';
import { MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';
import { productTypeMapping } from './product-type-mapping';

const listProductTypesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/product-types',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Product types with their revenue accounts and what is wrong with them',
        description:
          '`departmentId` picks whose PowerOffice chart the accounts are checked against (default: the first connected department).',
        querystring: setupStatusQuerySchema,
        response: {
          200: z.array(productTypeSchema),
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
        productTypeMapping,
        request.query.departmentId,
      ),
  );
};

export default listProductTypesRoute;
