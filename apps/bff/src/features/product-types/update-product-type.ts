import {
  mappingIdParamsSchema,
  problemSchema,
  productTypeBodySchema,
  productTypeSchema,
  setupStatusQuerySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { updateCompanyMapping } from '../../services/mappings/company-mapping';
import { MAPPING_WRITE_ROLES } from '../../services/mappings/mapping-context';
import { productTypeMapping } from './product-type-mapping';

const updateProductTypeRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/product-types/:id',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Rename a product type, change its kind or its revenue accounts',
        params: mappingIdParamsSchema,
        querystring: setupStatusQuerySchema,
        body: productTypeBodySchema,
        response: {
          200: productTypeSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) =>
      updateCompanyMapping(
        app,
        currentUser(request),
        productTypeMapping,
        request.params.id,
        request.body,
        request.query.departmentId,
      ),
  );
};

export default updateProductTypeRoute;
