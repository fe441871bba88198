import { sql, type Kysely } from 'kysely';

/*
 * Varsler: the problems a company was told about (one row per episode, `open_key` unique while it
 * lasts), who has read which in the bell, each user's choices, and the e-mails to send (an outbox
 * whose `dedupe_key` makes every message exactly one row). See schema/alerts.ts.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('open_key', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('department_id', 'text')
    .addColumn('problem_json', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('notified_at', 'text')
    .addColumn('solved_at', 'text')
    .execute();
  // NULLs are distinct in a unique index in both databases: solved rows never collide.
  await db.schema
    .createIndex('alerts_open_key_idx')
    .on('alerts')
    .columns(['company_id', 'open_key'])
    .unique()
    .execute();
  await db.schema
    .createIndex('alerts_company_seen_idx')
    .on('alerts')
    .columns(['company_id', 'first_seen_at'])
    .execute();

  await db.schema
    .createTable('alert_reads')
    .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('read_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('alert_reads_pk', ['alert_id', 'user_id'])
    .execute();
  await db.schema.createIndex('alert_reads_user_idx').on('alert_reads').column('user_id').execute();

  await db.schema
    .createTable('alert_preferences')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('nb', 'en')`))
    .addColumn('delivery', 'text', (c) => c.notNull().check(sql`delivery in ('immediate', 'digest')`))
    .addColumn('kinds_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('alert_mails')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('opened', 'solved', 'digest')`))
    .addColumn('alert_id', 'text', (c) => c.references('alerts.id').onDelete('cascade'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('pending', 'sending', 'sent', 'failed')`),
    )
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('delivered_to', 'text')
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('alert_mails_due_idx')
    .on('alert_mails')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('alert_mails_user_type_idx')
    .on('alert_mails')
    .columns(['user_id', 'type', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('alert_mails').ifExists().execute();
  await db.schema.dropTable('alert_preferences').ifExists().execute();
  await db.schema.dropTable('alert_reads').ifExists().execute();
  await db.schema.dropTable('alerts').ifExists().execute();
}
