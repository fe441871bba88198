import { sql, type Kysely } from 'kysely';

/*
 * The dagsoppgjør (the day's report, a PDF) of every posted day voucher and correction: made once
 * after the voucher is posted, kept so that a retried upload and a download from the history send
 * the very same file, with where its upload to PowerOffice stands.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_documents')
    .addColumn('posting_id', 'text', (c) =>
      c.primaryKey().references('export_postings.id').onDelete('cascade'),
    )
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull())
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('pdf_base64', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'uploaded', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text')
    .execute();
  await db.schema
    .createIndex('export_documents_department_status_idx')
    .on('export_documents')
    .columns(['department_id', 'status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('export_documents').ifExists().execute();
}
