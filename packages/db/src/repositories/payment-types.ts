import type { Kysely, Selectable } from 'kysely';
import type { Database, PaymentKind, PaymentTypesTable } from '../schema/index';
import { newId, toBoolInt, toDbInstant } from '../util';

export type PaymentTypeRow = Selectable<PaymentTypesTable>;

export interface PaymentTypeInput {
  name: string;
  kind: PaymentKind;
  accountNo: number | null;
  transferToAccounting: boolean;
}

export function listPaymentTypes(db: Kysely<Database>, companyId: string): Promise<PaymentTypeRow[]> {
  return db
    .selectFrom('payment_types')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('name')
    .execute();
}

export function findPaymentType(
  db: Kysely<Database>,
  companyId: string,
  id: string,
): Promise<PaymentTypeRow | undefined> {
  return db
    .selectFrom('payment_types')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertPaymentType(
  db: Kysely<Database>,
  companyId: string,
  input: PaymentTypeInput,
): Promise<PaymentTypeRow> {
  const now = toDbInstant();
  const row: PaymentTypeRow = {
    id: newId(),
    company_id: companyId,
    name: input.name,
    kind: input.kind,
    account_no: input.accountNo,
    transfer_to_accounting: toBoolInt(input.transferToAccounting),
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('payment_types').values(row).execute();
  return row;
}

export async function updatePaymentType(
  db: Kysely<Database>,
  companyId: string,
  id: string,
  input: PaymentTypeInput,
): Promise<PaymentTypeRow | undefined> {
  await db
    .updateTable('payment_types')
    .set({
      name: input.name,
      kind: input.kind,
      account_no: input.accountNo,
      transfer_to_accounting: toBoolInt(input.transferToAccounting),
      updated_at: toDbInstant(),
    })
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .execute();
  return findPaymentType(db, companyId, id);
}
