import {
  createPowerOfficeProductBodySchema,
  problemSchema,
  productLinkParamsSchema,
  productLinkSchema,
} from '@qo/contracts';
import { findProductType, listProductLinks } from '@qo/db';
import { isPowerOfficeError, type Product } from '@qo/poweroffice';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { getDepartmentPowerOffice } from '../../services/poweroffice/department-poweroffice';
import { toAppError } from '../../services/poweroffice/poweroffice-errors';
import { getPowerOfficeList } from '../../services/poweroffice/poweroffice-lists';
import { requireLinkTarget } from '../../services/invoicing/link-target';
import { productCodeFor } from './product-code';
import { productMismatches, saveProductLink } from './product-link';

const createProductRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/invoicing/products/:productTypeId/poweroffice-product',
    {
      config: { roles: ['owner'] },
      schema: {
        tags: ['invoicing'],
        summary:
          'Create the PowerOffice product for a sales product type (or link the one already made) and link it',
        description:
          'Name = the product type, Code = QO-<hash of its id>, standard sales account = its normal-VAT account, optional ' +
          'sales account = its reduced-VAT one (both must be mapped). Created at most once: the code is looked up ' +
          'before creating, and again after a lost answer or a refusal, and an existing product is linked instead.',
        params: productLinkParamsSchema,
        body: createPowerOfficeProductBodySchema,
        response: {
          200: productLinkSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
          429: problemSchema,
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
      const { normal_account_no: standardAccount, reduced_account_no: optionalAccount } = type;
      if (standardAccount === null || optionalAccount === null) {
        throw new AppError(
          'business_rule',
          `Knytt produkttypen «${type.name}» til salgskontoer for vanlig og redusert sats under Produkttyper før produktet opprettes.`,
          {
            errors: [
              ...(standardAccount === null
                ? [{ path: 'normalAccountNo', message: 'Salgskonto for vanlig sats (25 %) mangler' }]
                : []),
              ...(optionalAccount === null
                ? [{ path: 'reducedAccountNo', message: 'Salgskonto for redusert sats (15 %) mangler' }]
                : []),
            ],
          },
        );
      }
      const existingLink = (await listProductLinks(app.db, companyId)).find(
        (l) => l.product_type_id === type.id,
      );
      if (existingLink) {
        throw new AppError(
          'conflict',
          `Produkttypen er allerede koblet til «${existingLink.product_name}». Fjern koblingen først.`,
        );
      }

      const target = await requireLinkTarget(app, companyId, request.body.departmentId);
      const code = productCodeFor(type.id);
      // Always a fresh read: a stale cache would hide a product made a moment ago (and refreshes the cache).
      const lookUp = async (): Promise<Product | undefined> =>
        (
          await getPowerOfficeList(app, companyId, target.department_id, 'products', { refresh: true })
        ).items.find((p) => p.Code?.toLowerCase() === code.toLowerCase());

      let product = await lookUp();
      if (!product) {
        const { client } = await getDepartmentPowerOffice(app, companyId, target.department_id);
        try {
          product = await client.createProduct({
            Name: type.name,
            Code: code,
            ProductType: 'Product',
            StandardSalesAccount: standardAccount,
            OptionalSalesAccount: optionalAccount,
          });
        } catch (error) {
          // A lost answer may hide a product that was made, and a "code in use" refusal means one
          // exists (another request made it): either way, find it by its code and link that one.
          if (!isPowerOfficeError(error)) throw error;
          product = await lookUp().catch(() => undefined);
          if (!product) throw toAppError(error);
        }
        // The cached list gains the new product (a failed refresh only leaves the cache older).
        await getPowerOfficeList(app, companyId, target.department_id, 'products', { refresh: true }).catch(
          () => undefined,
        );
      }

      const errors = productMismatches(type, product, 'code');
      if (errors.length) {
        throw new AppError(
          'business_rule',
          `PowerOffice GO har allerede et produkt med kode ${code} som ikke passer til produkttypens kontoer: rett det i PowerOffice GO, eller koble et annet produkt.`,
          { errors },
        );
      }
      return saveProductLink(app, companyId, type, target, product);
    },
  );
};

export default createProductRoute;
