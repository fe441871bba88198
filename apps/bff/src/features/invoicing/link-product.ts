import {
  linkProductBodySchema,
  problemSchema,
  productLinkParamsSchema,
  productLinkSchema,
} from '@qo/contracts';
import { deleteProductLink, findProductType } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { getPowerOfficeList } from '../../services/poweroffice/poweroffice-lists';
import { requireLinkTarget } from '../../services/invoicing/link-target';
import { productLinkBase, productMismatches, saveProductLink } from './product-link';

const linkProductRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/invoicing/products/:productTypeId',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['invoicing'],
        summary: 'Tie a sales product type to a PowerOffice product (null unlinks)',
        description:
          "The product's standard sales account must be the product type's normal-VAT account and its optional " +
          'sales account the reduced-VAT one (when those are mapped): reduced-VAT lines are sent with ' +
          'UseStandardSalesAccount false. Orders that failed for want of a product are sent again.',
        params: productLinkParamsSchema,
        body: linkProductBodySchema,
        response: {
          200: productLinkSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const type = foundOr404(
        await findProductType(app.db, companyId, request.params.productTypeId),
        'Produkttypen',
      );
      if (type.kind !== 'sales')
        throw new AppError('business_rule', 'Gavekort selges ikke på faktura og kobles ikke til et produkt.');
      const { powerOfficeProductId, departmentId } = request.body;
      if (powerOfficeProductId === null) {
        await deleteProductLink(app.db, companyId, type.id);
        return { ...productLinkBase(type), powerOfficeProduct: null };
      }

      const target = await requireLinkTarget(app, companyId, departmentId);
      const find = async (refresh: boolean) =>
        (await getPowerOfficeList(app, companyId, target.department_id, 'products', { refresh })).items.find(
          (p) => p.Id === powerOfficeProductId,
        );
      const product = (await find(false)) ?? (await find(true));
      if (!product) {
        throw new AppError('validation_failed', 'Produktet finnes ikke i PowerOffice GO', {
          errors: [
            {
              path: 'powerOfficeProductId',
              message: `PowerOffice-klienten har ikke produkt ${powerOfficeProductId}`,
            },
          ],
        });
      }
      const errors = productMismatches(type, product, 'powerOfficeProductId');
      if (errors.length)
        throw new AppError('business_rule', 'Produktet passer ikke til produkttypens kontoer', { errors });
      return saveProductLink(app, companyId, type, target, product);
    },
  );
};

export default linkProductRoute;
