import { sql, type Kysely } from 'kysely';

/*
 * The claim on a (department, business day): one row while someone changes the day (posts its
 * voucher, a correction, reverses it, uploads its documentation). The primary key makes taking it
 * atomic; the lease lets another process take it over when its holder died.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('export_day_claims')
    .addColumn('department_id', 'text', (c) => c.notNull().references('departments.id').onDelete('cascade'))
    .addColumn('business_day', 'text', (c) => c.notNull())
    .addColumn('holder', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) =>
      c.notNull().check(sql`purpose in ('transfer', 'correction', 'reversal', 'documentation')`),
    )
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('export_day_claims_pk', ['department_id', 'business_day'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('export_day_claims').ifExists().execute();
}
