import { problemSchema, productTypeBodySchema, productTypeSchema, setupStatusQuerySchema } from '@qo/contracts';
import { insertProductType, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { productTypeProblems } from '../setup/mapping-rules';
import { changedFields, chartFor, MAPPING_WRITE_ROLES, refuseInvalidMapping } from '../setup/mapping-context';
import { auditedProductType, toProductType } from './to-product-type';

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
        response: { 201: productTypeSchema, 400: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const body = request.body;
      const chart = await chartFor(app, user.companyId, request.query.departmentId);
      refuseInvalidMapping(productTypeProblems(body, chart), chart, changedFields(undefined, body, ['normalAccountNo', 'reducedAccountNo']));
      const row = await insertProductType(app.db, user.companyId, body);
      await writeAudit(app.db, { companyId: user.companyId, userId: user.id, entity: 'product_type', entityId: row.id, action: 'create', new: auditedProductType(row) });
      return reply.code(201).send(toProductType(row, chart));
    },
  );
};

export default createProductTypeRoute;
