import type { Kysely, Selectable } from 'kysely';
import type { CustomersTable, Database } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type PosCustomerRow = Selectable<CustomersTable>;

export interface PosCustomerInput {
  companyId: string;
  /** The POS's customer id. */
  externalId: string;
  name: string;
  orgNo: string | null;
  email: string | null;
  phone: string | null;
}

/** Creates or updates the company's customer with this POS id; the POS owns its register. */
export async function upsertPosCustomer(
  db: Kysely<Database>,
  input: PosCustomerInput,
): Promise<{ customer: PosCustomerRow; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('customers')
      .selectAll()
      .where('company_id', '=', input.companyId)
      .where('external_id', '=', input.externalId)
      .executeTakeFirst();
    const now = toDbInstant();
    const fields = { name: input.name, org_no: input.orgNo, email: input.email, phone: input.phone };
    if (existing) {
      await trx
        .updateTable('customers')
        .set({ ...fields, updated_at: now })
        .where('id', '=', existing.id)
        .execute();
      return { customer: { ...existing, ...fields, updated_at: now }, created: false };
    }
    const customer: PosCustomerRow = {
      id: newId(),
      company_id: input.companyId,
      external_id: input.externalId,
      ...fields,
      created_at: now,
      updated_at: now,
    };
    // A concurrent first PUT of the same customer must not fail on the unique key: it updates instead.
    await trx
      .insertInto('customers')
      .values(customer)
      .onConflict((oc) =>
        oc.columns(['company_id', 'external_id']).doUpdateSet({ ...fields, updated_at: now }),
      )
      .execute();
    return { customer, created: true };
  });
}

/** POS customer id → customers.id, for the given POS ids of one company. */
export async function mapPosCustomerIds(
  db: Kysely<Database>,
  companyId: string,
  externalIds: readonly string[],
): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  const unique = [...new Set(externalIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'external_id'])
      .where('company_id', '=', companyId)
      .where('external_id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) map.set(row.external_id, row.id);
  }
  return map;
}
