import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';

/** The ids and payment kinds an order may refer to in one company: checked on every ingest. */
export async function loadPosReferences(
  db: Kysely<Database>,
  companyId: string,
): Promise<{ productTypeIds: Set<string>; paymentTypeKinds: Map<string, string> }> {
  const [productTypes, paymentTypes] = await Promise.all([
    db.selectFrom('product_types').select('id').where('company_id', '=', companyId).execute(),
    db.selectFrom('payment_types').select(['id', 'kind']).where('company_id', '=', companyId).execute(),
  ]);
  return {
    productTypeIds: new Set(productTypes.map((p) => p.id)),
    paymentTypeKinds: new Map(paymentTypes.map((p) => [p.id, p.kind])),
  };
}
