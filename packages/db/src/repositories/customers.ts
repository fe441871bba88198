import type { Kysely, Selectable } from 'kysely';
import type { CustomersTable, Database } from '../schema/index';

export type CustomerRow = Selectable<CustomersTable>;

/** Reads of the company's POS customers; writes come from POS ingest (pos-customers.ts). */
export function listCustomers(db: Kysely<Database>, companyId: string): Promise<CustomerRow[]> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findCustomer(
  db: Kysely<Database>,
  companyId: string,
  id: string,
): Promise<CustomerRow | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .executeTakeFirst();
}
