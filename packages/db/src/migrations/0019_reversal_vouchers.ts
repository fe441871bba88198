import { type Kysely } from 'kysely';

/*
 * The reversal voucher PowerOffice made for a reversed posting, shown in the export history:
 * - export_postings.reversal_voucher_id: its id, once PowerOffice's ledger shows it;
 * - export_postings.reversal_voucher_no: its number; NULL while a reversal answered 202 is not
 *   numbered yet (filled in by the next history read or transfer) and for reversals made before.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_postings').addColumn('reversal_voucher_id', 'text').execute();
  await db.schema.alterTable('export_postings').addColumn('reversal_voucher_no', 'integer').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_postings').dropColumn('reversal_voucher_no').execute();
  await db.schema.alterTable('export_postings').dropColumn('reversal_voucher_id').execute();
}
