import { powerOfficeOptionsQuerySchema, problemSchema, productLinksSchema } from '@qo/contracts';
import { listProductLinks, listProductTypes } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { getPowerOfficeList, mayForceRefresh } from '../../services/poweroffice/poweroffice-lists';
import { resolveLinkTarget } from '../../services/invoicing/link-target';
import { linkToProductRef, toProductRef } from './to-product';

const listProductLinksRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/invoicing/products',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['invoicing'],
        summary:
          'Sales product types with the PowerOffice product each is invoiced as, and the products to choose from',
        querystring: powerOfficeOptionsQuerySchema,
        response: {
          200: productLinksSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
          429: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId, role } = currentUser(request);
      const [types, links, target] = await Promise.all([
        listProductTypes(app.db, companyId),
        listProductLinks(app.db, companyId),
        resolveLinkTarget(app, companyId, request.query.departmentId),
      ]);
      const byType = new Map(links.map((l) => [l.product_type_id, l]));
      const refresh = await mayForceRefresh(app, role, request.query.refresh === 'true');
      const list = target
        ? await getPowerOfficeList(app, companyId, target.department_id, 'products', { refresh })
        : null;
      return {
        departmentId: target?.department_id ?? null,
        fetchedAt: list?.fetchedAt ?? null,
        productTypes: types
          .filter((t) => t.kind === 'sales')
          .map((t) => {
            const link = byType.get(t.id);
            return {
              productTypeId: t.id,
              name: t.name,
              normalAccountNo: t.normal_account_no,
              reducedAccountNo: t.reduced_account_no,
              powerOfficeProduct: link ? linkToProductRef(link) : null,
            };
          }),
        products: (list?.items ?? []).filter((p) => p.IsArchived !== true).map(toProductRef),
        // Only owners link and create; the target client must be connected to create in it.
        canCreate: target !== null && currentUser(request).role === 'owner',
      };
    },
  );
};

export default listProductLinksRoute;
