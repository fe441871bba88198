import type { Kysely, Selectable } from 'kysely';
import type {
  AlertMailsTable,
  AlertMailType,
  AlertPreferencesTable,
  AlertsTable,
  Database,
  RoleColumn,
} from '../schema/index';
import { newId } from '../util';
import { claimRow, listDueIds } from './outbox-queue';

/*
 * Varsler (migration 0017). Instants are passed in (the engine's clock), so tests move time
 * instead of waiting. Who wins when several instances check at once is decided here, in the
 * database: an alert is opened by the one insert the unique `open_key` lets through, solved by
 * the one conditional update that finds it still open, and each e-mail is one row by its
 * `dedupe_key`, sent after a claim (pending → sending).
 */

export type AlertRow = Selectable<AlertsTable>;
export type AlertPreferencesRow = Selectable<AlertPreferencesTable>;
export type AlertMailRow = Selectable<AlertMailsTable>;

/** Companies to check: every one (a company without problems costs one light read). */
export async function listCompanyIds(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('companies').select('id').orderBy('id').execute()).map((r) => r.id);
}

export interface AlertRecipient {
  id: string;
  email: string;
  name: string;
  role: RoleColumn;
  preferences: AlertPreferencesRow | null;
}

/** Every user of the company with their choices (null: the role's defaults). */
export async function listAlertRecipients(
  db: Kysely<Database>,
  companyId: string,
): Promise<AlertRecipient[]> {
  const rows = await db
    .selectFrom('users')
    .leftJoin('alert_preferences', 'alert_preferences.user_id', 'users.id')
    .select([
      'users.id as id',
      'users.email as email',
      'users.name as name',
      'users.role as role',
      'alert_preferences.language as language',
      'alert_preferences.delivery as delivery',
      'alert_preferences.kinds_json as kinds_json',
      'alert_preferences.updated_at as updated_at',
    ])
    .where('users.company_id', '=', companyId)
    .orderBy('users.email')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    preferences:
      r.language && r.delivery && r.kinds_json !== null && r.updated_at
        ? {
            user_id: r.id,
            company_id: companyId,
            language: r.language,
            delivery: r.delivery,
            kinds_json: r.kinds_json,
            updated_at: r.updated_at,
          }
        : null,
  }));
}

export function findAlertPreferences(
  db: Kysely<Database>,
  userId: string,
): Promise<AlertPreferencesRow | undefined> {
  return db.selectFrom('alert_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function saveAlertPreferences(db: Kysely<Database>, row: AlertPreferencesRow): Promise<void> {
  await db
    .insertInto('alert_preferences')
    .values(row)
    .onConflict((oc) =>
      oc.column('user_id').doUpdateSet({
        language: row.language,
        delivery: row.delivery,
        kinds_json: row.kinds_json,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

// --- Alerts ---------------------------------------------------------------------------------

export function listOpenAlerts(db: Kysely<Database>, companyId: string): Promise<AlertRow[]> {
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('open_key', 'is not', null)
    .execute();
}

export interface NewAlert {
  companyId: string;
  key: string;
  kind: string;
  departmentId: string | null;
  problemJson: string;
  now: string;
}

/** Opens an alert for the key; undefined when it is open already (another check got there first). */
export async function openAlert(db: Kysely<Database>, input: NewAlert): Promise<AlertRow | undefined> {
  const row: AlertRow = {
    id: newId(),
    company_id: input.companyId,
    key: input.key,
    open_key: input.key,
    kind: input.kind,
    department_id: input.departmentId,
    problem_json: input.problemJson,
    first_seen_at: input.now,
    last_seen_at: input.now,
    notified_at: null,
    solved_at: null,
  };
  // No conflict target: the unique (company_id, open_key) index is the arbiter in both databases.
  const result = await db
    .insertInto('alerts')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1 ? row : undefined;
}

/** Seen again: its details as now read (a retry's new words), never a new e-mail. */
export async function touchAlert(
  db: Kysely<Database>,
  id: string,
  problemJson: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('alerts')
    .set({ problem_json: problemJson, last_seen_at: now })
    .where('id', '=', id)
    .execute();
}

export async function markAlertNotified(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('alerts').set({ notified_at: now }).where('id', '=', id).execute();
}

/** Open → solved. False when it was solved already (by another check). */
export async function solveAlert(db: Kysely<Database>, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('alerts')
    .set({ solved_at: now, open_key: null })
    .where('id', '=', id)
    .where('open_key', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface UserAlertRow extends AlertRow {
  read_at: string | null;
}

/**
 * The bell's items for a user: open alerts of the given kinds, and those solved since `solvedSince`,
 * newest first.
 */
export async function listUserAlerts(
  db: Kysely<Database>,
  input: { companyId: string; userId: string; kinds: readonly string[]; solvedSince: string; limit: number },
): Promise<UserAlertRow[]> {
  if (input.kinds.length === 0) return [];
  return db
    .selectFrom('alerts')
    .leftJoin('alert_reads', (join) =>
      join.onRef('alert_reads.alert_id', '=', 'alerts.id').on('alert_reads.user_id', '=', input.userId),
    )
    .selectAll('alerts')
    .select('alert_reads.read_at as read_at')
    .where('alerts.company_id', '=', input.companyId)
    .where('alerts.kind', 'in', [...input.kinds])
    .where((eb) =>
      eb.or([eb('alerts.solved_at', 'is', null), eb('alerts.solved_at', '>=', input.solvedSince)]),
    )
    .orderBy('alerts.first_seen_at', 'desc')
    .orderBy('alerts.id')
    .limit(input.limit)
    .execute();
}

/** Marks the company's alerts with these ids read for the user (ids of others are ignored). */
export async function markAlertsRead(
  db: Kysely<Database>,
  input: { companyId: string; userId: string; alertIds: readonly string[]; now: string },
): Promise<void> {
  if (input.alertIds.length === 0) return;
  const own = await db
    .selectFrom('alerts')
    .select('id')
    .where('company_id', '=', input.companyId)
    .where('id', 'in', [...input.alertIds])
    .execute();
  for (const { id } of own) {
    await db
      .insertInto('alert_reads')
      .values({ alert_id: id, user_id: input.userId, read_at: input.now })
      .onConflict((oc) => oc.columns(['alert_id', 'user_id']).doNothing())
      .execute();
  }
}

/**
 * The alerts of a digest window: those seen before `to` that were open at some time after `from`
 * (still open, or solved after it), oldest first.
 */
export function listAlertsForDigest(
  db: Kysely<Database>,
  input: { companyId: string; kinds: readonly string[]; from: string; to: string },
): Promise<AlertRow[]> {
  if (input.kinds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('alerts')
    .selectAll()
    .where('company_id', '=', input.companyId)
    .where('kind', 'in', [...input.kinds])
    .where('first_seen_at', '<', input.to)
    .where((eb) => eb.or([eb('solved_at', 'is', null), eb('solved_at', '>=', input.from)]))
    .orderBy('first_seen_at')
    .orderBy('id')
    .execute();
}

// --- E-mails --------------------------------------------------------------------------------

export interface NewAlertMail {
  companyId: string;
  userId: string;
  dedupeKey: string;
  type: AlertMailType;
  alertId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  now: string;
}

/** Queues the e-mail unless one with its dedupe key exists. True when it was queued now. */
export async function queueAlertMail(db: Kysely<Database>, mail: NewAlertMail): Promise<boolean> {
  const result = await db
    .insertInto('alert_mails')
    .values({
      id: newId(),
      company_id: mail.companyId,
      user_id: mail.userId,
      dedupe_key: mail.dedupeKey,
      type: mail.type,
      alert_id: mail.alertId,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      status: 'pending',
      attempts: 0,
      next_attempt_at: mail.now,
      claimed_at: null,
      sent_at: null,
      delivered_to: null,
      error: null,
      created_at: mail.now,
      updated_at: mail.now,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Users told of an alert's opening (they are the ones told when it is solved). */
export async function listUsersToldOfAlert(db: Kysely<Database>, alertId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('alert_mails')
    .select('user_id')
    .where('alert_id', '=', alertId)
    .where('type', '=', 'opened')
    .execute();
  return rows.map((r) => r.user_id);
}

/** When the user's last digest was made (the next one covers the time since). */
export async function findLastDigestAt(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('alert_mails')
    .select('created_at')
    .where('user_id', '=', userId)
    .where('type', '=', 'digest')
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.created_at;
}

export async function hasAlertMail(db: Kysely<Database>, dedupeKey: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('alert_mails')
      .select('id')
      .where('dedupe_key', '=', dedupeKey)
      .executeTakeFirst()) !== undefined
  );
}

export const listDueAlertMailIds = (db: Kysely<Database>, now: string, limit: number): Promise<string[]> =>
  listDueIds(db, 'alert_mails', now, limit);

/** pending → sending, counting the attempt. Undefined when another sender got there first. */
export async function claimAlertMail(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<AlertMailRow | undefined> {
  if (!(await claimRow(db, 'alert_mails', id, now))) return undefined;
  return db.selectFrom('alert_mails').selectAll().where('id', '=', id).executeTakeFirst();
}

export type AlertMailOutcome =
  | { status: 'sent'; deliveredTo: string }
  | { status: 'pending'; error: string; nextAttemptAt: string }
  | { status: 'failed'; error: string };

export async function finishAlertMail(
  db: Kysely<Database>,
  id: string,
  outcome: AlertMailOutcome,
  now: string,
): Promise<void> {
  await db
    .updateTable('alert_mails')
    .set({
      status: outcome.status,
      claimed_at: null,
      updated_at: now,
      ...(outcome.status === 'sent'
        ? { sent_at: now, delivered_to: outcome.deliveredTo, error: null }
        : outcome.status === 'pending'
          ? { error: outcome.error, next_attempt_at: outcome.nextAttemptAt }
          : { error: outcome.error }),
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Claims older than `claimedBefore` belong to a sender that stopped: pending again. */
export async function releaseStuckAlertMails(
  db: Kysely<Database>,
  claimedBefore: string,
  now: string,
): Promise<number> {
  const result = await db
    .updateTable('alert_mails')
    .set({ status: 'pending', claimed_at: null, updated_at: now })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', claimedBefore)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export function listAlertMails(db: Kysely<Database>, companyId: string): Promise<AlertMailRow[]> {
  return db
    .selectFrom('alert_mails')
    .selectAll()
    .where('company_id', '=', companyId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

// --- Connection health ----------------------------------------------------------------------

export interface HealthCheckDue {
  companyId: string;
  departmentId: string;
}

/**
 * Connected departments PowerOffice has not been heard from (no call succeeded or failed) since
 * `quietSince`: any call is a health signal, so a busy department is never called for this.
 */
export async function listIntegrationsDueForHealthCheck(
  db: Kysely<Database>,
  quietSince: string,
): Promise<HealthCheckDue[]> {
  const rows = await db
    .selectFrom('department_integrations')
    .select(['company_id', 'department_id', 'last_success_at', 'last_error_at', 'connected_at'])
    .where('status', '!=', 'disconnected')
    .orderBy('department_id')
    .execute();
  return rows
    .filter((r) => {
      const heard = [r.last_success_at, r.last_error_at, r.connected_at]
        .filter((v): v is string => v !== null)
        .sort();
      const last = heard[heard.length - 1];
      return last === undefined || last < quietSince;
    })
    .map((r) => ({ companyId: r.company_id, departmentId: r.department_id }));
}
