import type { Kysely, Selectable } from 'kysely';
import type { Database, DepartmentsTable } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type DepartmentRow = Selectable<DepartmentsTable>;

export function listDepartments(db: Kysely<Database>, companyId: string): Promise<DepartmentRow[]> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Company-scoped: another company's id is "not found", never a leak. */
export function findDepartment(
  db: Kysely<Database>,
  companyId: string,
  id: string,
): Promise<DepartmentRow | undefined> {
  return db
    .selectFrom('departments')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertDepartment(
  db: Kysely<Database>,
  input: { companyId: string; name: string; businessDayStart: string; timezone?: string },
): Promise<DepartmentRow> {
  const now = toDbInstant();
  const row: DepartmentRow = {
    id: newId(),
    company_id: input.companyId,
    name: input.name,
    business_day_start: input.businessDayStart,
    timezone: input.timezone ?? 'Europe/Oslo',
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('departments').values(row).execute();
  return row;
}

export async function updateDepartment(
  db: Kysely<Database>,
  companyId: string,
  id: string,
  changes: { name?: string | undefined; businessDayStart?: string | undefined },
): Promise<DepartmentRow | undefined> {
  await db
    .updateTable('departments')
    .set({
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.businessDayStart !== undefined ? { business_day_start: changes.businessDayStart } : {}),
      updated_at: toDbInstant(),
    })
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .execute();
  return findDepartment(db, companyId, id);
}

export async function isDepartmentNameTaken(
  db: Kysely<Database>,
  companyId: string,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  let query = db
    .selectFrom('departments')
    .select('id')
    .where('company_id', '=', companyId)
    .where('name', '=', name);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
