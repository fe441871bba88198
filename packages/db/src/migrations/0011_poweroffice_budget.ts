import { type Kysely } from 'kysely';

/*
 * PowerOffice allows one request budget per subscription key (10 requests/s), whichever BFF
 * instance spends it. The budget lives here so every instance on the database draws from it:
 * `poweroffice_budget_slots` holds one row per request that may be counted at once, taken by a
 * conditional UPDATE (free when `busy_until` has passed), and `poweroffice_budgets` the instant
 * until which nobody may send after a 429. The same tables keep the small budget of forced list
 * refreshes. Keys are hashes; the subscription key itself is never stored.
 *
 * `export_postings.unsettled_at`: when set, a POST of the posting may still be in flight or
 * unanswered since then, so nobody posts it again before a lookup after the settle window.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('poweroffice_budget_slots')
    .addColumn('budget_key', 'text', (c) => c.notNull())
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('busy_until', 'text', (c) => c.notNull())
    .addColumn('holder', 'text')
    .addPrimaryKeyConstraint('poweroffice_budget_slots_pk', ['budget_key', 'slot'])
    .execute();
  await db.schema
    .createTable('poweroffice_budgets')
    .addColumn('budget_key', 'text', (c) => c.primaryKey())
    .addColumn('blocked_until', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('export_postings').addColumn('unsettled_at', 'text').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_postings').dropColumn('unsettled_at').execute();
  await db.schema.dropTable('poweroffice_budgets').execute();
  await db.schema.dropTable('poweroffice_budget_slots').execute();
}
