import { sql, type Kysely } from 'kysely';

/*
 * PowerOffice GO connections per POS department, and the cached reference lists of each
 * PowerOffice client. A connection is never deleted: disconnecting sets status 'disconnected'
 * and disconnected_at, so history (who was connected to which client, on which slot) stays.
 * At most one live (not disconnected) connection per department, enforced by a partial index.
 */

// Migrations see the database as it was when they were written, not the current schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('department_integrations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('connected', 'error', 'disconnected')`),
    )
    .addColumn('slot', 'integer', (c) => c.notNull().check(sql`slot between 0 and 9`))
    .addColumn('client_key_ciphertext', 'text', (c) => c.notNull())
    .addColumn('client_key_key_id', 'text', (c) => c.notNull())
    .addColumn('client_key_mask', 'text', (c) => c.notNull())
    .addColumn('poweroffice_client_id', 'text', (c) => c.notNull())
    .addColumn('poweroffice_client_name', 'text')
    .addColumn('missing_privileges', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('poweroffice_department_id', 'integer')
    .addColumn('poweroffice_department_code', 'text')
    .addColumn('poweroffice_department_name', 'text')
    .addColumn('auto_export', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('auto_export_since', 'text')
    .addColumn('auto_invoice', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('connected_at', 'text', (c) => c.notNull())
    .addColumn('disconnected_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('department_integrations_live_uq')
    .on('department_integrations')
    .column('department_id')
    .unique()
    .where(sql.ref('status'), '!=', 'disconnected')
    .execute();
  await db.schema
    .createIndex('department_integrations_client_idx')
    .on('department_integrations')
    .columns(['poweroffice_client_id', 'status'])
    .execute();
  await db.schema
    .createIndex('department_integrations_company_idx')
    .on('department_integrations')
    .columns(['company_id', 'status'])
    .execute();

  await db.schema
    .createTable('poweroffice_list_cache')
    .addColumn('poweroffice_client_id', 'text', (c) => c.notNull())
    .addColumn('list', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('poweroffice_list_cache_pk', ['poweroffice_client_id', 'list'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('poweroffice_list_cache').execute();
  await db.schema.dropTable('department_integrations').execute();
}
