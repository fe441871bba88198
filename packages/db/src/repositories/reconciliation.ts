import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { toDbInstant } from '../util';

export interface ClearingSettingRow {
  paymentTypeId: string;
  openAfterBankingDays: number;
  feeToleranceBp: number;
  updatedAt: string;
}

export function listClearingSettings(db: Kysely<Database>, companyId: string): Promise<ClearingSettingRow[]> {
  return db
    .selectFrom('clearing_settings')
    .select([
      'payment_type_id as paymentTypeId',
      'open_after_banking_days as openAfterBankingDays',
      'fee_tolerance_bp as feeToleranceBp',
      'updated_at as updatedAt',
    ])
    .where('company_id', '=', companyId)
    .execute();
}

/** Sets one payment type's settings (the payment type must be the company's: checked by the caller). */
export async function saveClearingSetting(
  db: Kysely<Database>,
  companyId: string,
  input: { paymentTypeId: string; openAfterBankingDays: number; feeToleranceBp: number },
): Promise<ClearingSettingRow> {
  const updatedAt = toDbInstant();
  const values = {
    open_after_banking_days: input.openAfterBankingDays,
    fee_tolerance_bp: input.feeToleranceBp,
    updated_at: updatedAt,
  };
  await db
    .insertInto('clearing_settings')
    .values({ company_id: companyId, payment_type_id: input.paymentTypeId, ...values })
    .onConflict((oc) => oc.columns(['company_id', 'payment_type_id']).doUpdateSet(values))
    .execute();
  return { ...input, updatedAt };
}

export interface ReconciliationRead {
  transactions: unknown[];
  settlementLines: unknown[];
  requests: number;
  readAt: string;
}

export async function findReconciliationRead(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
  readKey: string,
): Promise<ReconciliationRead | undefined> {
  const row = await db
    .selectFrom('reconciliation_reads')
    .select(['transactions', 'settlement_lines', 'requests', 'read_at'])
    .where('company_id', '=', companyId)
    .where('department_id', '=', departmentId)
    .where('read_key', '=', readKey)
    .executeTakeFirst();
  return (
    row && {
      transactions: JSON.parse(row.transactions) as unknown[],
      settlementLines: JSON.parse(row.settlement_lines) as unknown[],
      requests: row.requests,
      readAt: row.read_at,
    }
  );
}

/** Keeps the latest read of a window; older reads of the department's other windows stay until replaced. */
export async function saveReconciliationRead(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
  readKey: string,
  read: ReconciliationRead,
): Promise<void> {
  const values = {
    transactions: JSON.stringify(read.transactions),
    settlement_lines: JSON.stringify(read.settlementLines),
    requests: read.requests,
    read_at: read.readAt,
  };
  await db
    .insertInto('reconciliation_reads')
    .values({ company_id: companyId, department_id: departmentId, read_key: readKey, ...values })
    .onConflict((oc) => oc.columns(['department_id', 'read_key']).doUpdateSet(values))
    .execute();
}

/** The latest read of any window of each of the company's departments: what "Trenger oppmerksomhet" may show. */
export function listLatestReconciliationReads(
  db: Kysely<Database>,
  companyId: string,
): Promise<{ departmentId: string; readKey: string; readAt: string }[]> {
  return db
    .selectFrom('reconciliation_reads')
    .select(['department_id as departmentId', 'read_key as readKey', 'read_at as readAt'])
    .where('company_id', '=', companyId)
    .orderBy('read_at', 'desc')
    .execute();
}
