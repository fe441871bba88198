import { problemSchema, productTypeSchema, setupStatusQuerySchema } from '@qo/contracts';
import { listProductTypes } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { chartFor, MAPPING_READ_ROLES } from '../setup/mapping-context';
import { toProductType } from './to-product-type';

const listProductTypesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/product-types',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Product types with their revenue accounts and what is wrong with them',
        description: '`departmentId` picks whose PowerOffice chart the accounts are checked against (default: the first connected department).',
        querystring: setupStatusQuerySchema,
        response: { 200: z.array(productTypeSchema), 401: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const [rows, chart] = await Promise.all([listProductTypes(app.db, companyId), chartFor(app, companyId, request.query.departmentId)]);
      return rows.map((row) => toProductType(row, chart));
    },
  );
};

export default listProductTypesRoute;
