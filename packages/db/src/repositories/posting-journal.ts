import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { toDbInstant } from '../util';

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * Records which journal a claimed posting is sent to and gives it the department's next running
 * number (ImportedVoucherNo) unless it already has one: a retried or resumed posting keeps its
 * number. The number is the department's highest + 1 in one statement; two instances that compute
 * the same one meet the unique index and the loser takes the next.
 */
export async function preparePostingSend(
  db: Kysely<Database>,
  posting: { id: string; departmentId: string },
  journal: 'cash' | 'manual',
): Promise<{ importedVoucherNo: number }> {
  await db
    .updateTable('export_postings')
    .set({ journal, updated_at: toDbInstant() })
    .where('id', '=', posting.id)
    .execute();
  for (let attempt = 0; ; attempt++) {
    try {
      await db
        .updateTable('export_postings')
        .set({
          imported_voucher_no: sql<number>`(select coalesce(max(p.imported_voucher_no), 0) + 1 from export_postings p where p.department_id = ${posting.departmentId})`,
        })
        .where('id', '=', posting.id)
        .where('imported_voucher_no', 'is', null)
        .execute();
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 10) throw error;
      continue;
    }
    const row = await db
      .selectFrom('export_postings')
      .select('imported_voucher_no')
      .where('id', '=', posting.id)
      .executeTakeFirstOrThrow();
    if (row.imported_voucher_no === null) throw new Error('posting vanished while numbering it');
    return { importedVoucherNo: Number(row.imported_voucher_no) };
  }
}
