import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { toDbInstant } from '../util';

export interface AccountingSettings {
  roundingAccountNo: number | null;
}

export async function getAccountingSettings(
  db: Kysely<Database>,
  companyId: string,
): Promise<AccountingSettings> {
  const row = await db
    .selectFrom('accounting_settings')
    .select('rounding_account_no')
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  return { roundingAccountNo: row?.rounding_account_no ?? null };
}

export async function setAccountingSettings(
  db: Kysely<Database>,
  companyId: string,
  settings: AccountingSettings,
): Promise<AccountingSettings> {
  const updatedAt = toDbInstant();
  await db
    .insertInto('accounting_settings')
    .values({ company_id: companyId, rounding_account_no: settings.roundingAccountNo, updated_at: updatedAt })
    .onConflict((oc) =>
      oc
        .column('company_id')
        .doUpdateSet({ rounding_account_no: settings.roundingAccountNo, updated_at: updatedAt }),
    )
    .execute();
  return settings;
}
