import type { PowerOfficeProductRef } from '@qo/contracts';
import type { ProductLinkRow } from '@qo/db';
import type { Product } from '@qo/poweroffice';

export function toProductRef(p: Product): PowerOfficeProductRef {
  return {
    id: p.Id,
    code: p.Code ?? null,
    name: p.Name ?? p.Code ?? `Produkt ${p.Id}`,
    standardAccountNo: p.StandardSalesAccount ?? null,
    optionalAccountNo: p.OptionalSalesAccount ?? null,
  };
}

export function linkToProductRef(l: ProductLinkRow): PowerOfficeProductRef {
  return {
    id: Number(l.poweroffice_product_id),
    code: l.product_code,
    name: l.product_name,
    standardAccountNo: l.standard_account_no,
    optionalAccountNo: l.optional_account_no,
  };
}
