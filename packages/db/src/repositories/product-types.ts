import type { Kysely, Selectable } from 'kysely';
import type { Database, ProductTypesTable } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type ProductTypeRow = Selectable<ProductTypesTable>;

export interface ProductTypeInput {
  name: string;
  kind: 'sales' | 'gift_card';
  normalAccountNo: number | null;
  reducedAccountNo: number | null;
}

export function listProductTypes(db: Kysely<Database>, companyId: string): Promise<ProductTypeRow[]> {
  return db
    .selectFrom('product_types')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .execute();
}

export function findProductType(
  db: Kysely<Database>,
  companyId: string,
  id: string,
): Promise<ProductTypeRow | undefined> {
  return db
    .selectFrom('product_types')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertProductType(
  db: Kysely<Database>,
  companyId: string,
  input: ProductTypeInput,
): Promise<ProductTypeRow> {
  const now = toDbInstant();
  const row: ProductTypeRow = {
    id: newId(),
    company_id: companyId,
    name: input.name,
    kind: input.kind,
    normal_account_no: input.normalAccountNo,
    reduced_account_no: input.reducedAccountNo,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('product_types').values(row).execute();
  return row;
}

export async function updateProductType(
  db: Kysely<Database>,
  companyId: string,
  id: string,
  input: ProductTypeInput,
): Promise<ProductTypeRow | undefined> {
  await db
    .updateTable('product_types')
    .set({
      name: input.name,
      kind: input.kind,
      normal_account_no: input.normalAccountNo,
      reduced_account_no: input.reducedAccountNo,
      updated_at: toDbInstant(),
    })
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .execute();
  return findProductType(db, companyId, id);
}
