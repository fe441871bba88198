import { type Kysely } from 'kysely';

/*
 * Day vouchers as PowerOffice cash journals:
 * - export_postings.journal: which journal a voucher went to, 'cash' or 'manual' (NULL: posted
 *   before this column existed, always a manual journal), so reading back and reversing use the
 *   right route;
 * - export_postings.imported_voucher_no: the department's running number of its day vouchers and
 *   corrections, sent as ImportedVoucherNo; unique per department (NULLs, for the rows from before,
 *   do not clash);
 * - department_integrations.granted_privileges: JSON of the privileges the client grants the
 *   integration (ValidPrivileges less InvalidPrivileges) when last read; NULL until read again.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_postings').addColumn('journal', 'text').execute();
  await db.schema.alterTable('export_postings').addColumn('imported_voucher_no', 'integer').execute();
  await db.schema
    .createIndex('export_postings_department_imported_no_idx')
    .on('export_postings')
    .columns(['department_id', 'imported_voucher_no'])
    .unique()
    .execute();
  await db.schema.alterTable('department_integrations').addColumn('granted_privileges', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('export_postings_department_imported_no_idx').ifExists().execute();
  await db.schema.alterTable('export_postings').dropColumn('imported_voucher_no').execute();
  await db.schema.alterTable('export_postings').dropColumn('journal').execute();
  await db.schema.alterTable('department_integrations').dropColumn('granted_privileges').execute();
}
