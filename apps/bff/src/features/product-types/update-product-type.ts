import { mappingIdParamsSchema, problemSchema, productTypeBodySchema, productTypeSchema, setupStatusQuerySchema } from '@qo/contracts';
import { findProductType, updateProductType, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { productTypeProblems } from '../setup/mapping-rules';
import { changedFields, chartFor, MAPPING_WRITE_ROLES, refuseInvalidMapping } from '../setup/mapping-context';
import { auditedProductType, toProductType } from './to-product-type';

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
        response: { 200: productTypeSchema, 400: problemSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const before = auditedProductType(foundOr404(await findProductType(app.db, user.companyId, request.params.id), 'Produkttypen'));
      const body = request.body;
      const chart = await chartFor(app, user.companyId, request.query.departmentId);
      // A changed kind re-judges both accounts (a sales account is not a gift-card liability).
      const chosen = changedFields(before.kind === body.kind ? before : undefined, body, ['normalAccountNo', 'reducedAccountNo']);
      refuseInvalidMapping(productTypeProblems(body, chart), chart, chosen);
      const after = foundOr404(await updateProductType(app.db, user.companyId, request.params.id, body), 'Produkttypen');
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'product_type',
        entityId: after.id,
        action: 'update',
        old: before,
        new: auditedProductType(after),
      });
      return toProductType(after, chart);
    },
  );
};

export default updateProductTypeRoute;
