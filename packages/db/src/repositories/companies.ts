import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { newId, toDbInstant } from '../util';

export interface Company {
  id: string;
  name: string;
}

export async function insertCompany(db: Kysely<Database>, input: { name: string }): Promise<Company> {
  const company = { id: newId(), name: input.name };
  await db
    .insertInto('companies')
    .values({ ...company, created_at: toDbInstant() })
    .execute();
  return company;
}

export async function findCompanyName(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('companies').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name;
}

export async function countCompanies(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('companies')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
