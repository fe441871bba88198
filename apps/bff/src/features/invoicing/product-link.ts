import type { FieldError, ProductLink } from '@qo/contracts';
import {
  requeueOutboxForProducts,
  setProductLink,
  toDbInstant,
  type IntegrationRow,
  type ProductTypeRow,
} from '@qo/db';
import type { Product } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { linkToProductRef } from './to-product';

export function productLinkBase(type: ProductTypeRow): Omit<ProductLink, 'powerOfficeProduct'> {
  return {
    productTypeId: type.id,
    name: type.name,
    normalAccountNo: type.normal_account_no,
    reducedAccountNo: type.reduced_account_no,
  };
}

/**
 * Why a PowerOffice product cannot stand for the product type: reduced-VAT lines are sent with
 * UseStandardSalesAccount false, so the optional account must be the reduced-VAT one.
 */
export function productMismatches(type: ProductTypeRow, product: Product, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (product.IsArchived === true) errors.push({ path, message: 'Produktet er arkivert i PowerOffice GO' });
  if (type.normal_account_no !== null && product.StandardSalesAccount !== type.normal_account_no) {
    errors.push({
      path,
      message: `Produktets standard salgskonto er ${product.StandardSalesAccount ?? 'ikke satt'}, men produkttypen bruker ${type.normal_account_no} for vanlig sats`,
    });
  }
  if (type.reduced_account_no !== null && product.OptionalSalesAccount !== type.reduced_account_no) {
    errors.push({
      path,
      message: `Produktets valgfrie salgskonto er ${product.OptionalSalesAccount ?? 'ikke satt'}, men produkttypen bruker ${type.reduced_account_no} for redusert sats`,
    });
  }
  return errors;
}

/** Stores the link and sends again the orders that failed for want of a product. */
export async function saveProductLink(
  app: FastifyInstance,
  companyId: string,
  type: ProductTypeRow,
  target: IntegrationRow,
  product: Product,
): Promise<ProductLink> {
  const link = await setProductLink(app.db, {
    companyId,
    productTypeId: type.id,
    powerOfficeClientId: target.poweroffice_client_id,
    powerOfficeProductId: product.Id,
    productCode: product.Code ?? null,
    productName: product.Name ?? product.Code ?? `Produkt ${product.Id}`,
    standardAccountNo: product.StandardSalesAccount ?? null,
    optionalAccountNo: product.OptionalSalesAccount ?? null,
  });
  const worker = app.salesOrderWorker;
  if (await requeueOutboxForProducts(app.db, companyId, toDbInstant(worker.now()))) worker.kick();
  return { ...productLinkBase(type), powerOfficeProduct: linkToProductRef(link) };
}
