import type { Kysely, Selectable } from 'kysely';
import type { Database, RoleColumn, UsersTable } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type UserRow = Selectable<UsersTable>;

export interface NewUser {
  companyId: string;
  email: string;
  name: string;
  passwordHash: string;
  role: RoleColumn;
}

/** Emails are compared case-insensitively; they are stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function insertUser(db: Kysely<Database>, input: NewUser): Promise<UserRow> {
  const row: UserRow = {
    id: newId(),
    company_id: input.companyId,
    email: normalizeEmail(input.email),
    name: input.name,
    password_hash: input.passwordHash,
    role: input.role,
    failed_login_count: 0,
    locked_until: null,
    last_login_at: null,
    created_at: toDbInstant(),
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The names of the given users, by id (ids that are not found are left out). */
export async function listUserNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((u) => [u.id, u.name]));
}

/** Counts a failed login; locks the account once `maxFailures` is reached. Returns the new state. */
export async function recordFailedLogin(
  db: Kysely<Database>,
  userId: string,
  options: { maxFailures: number; lockMs: number; now?: Date },
): Promise<{ failedCount: number; lockedUntil: string | null }> {
  const now = options.now ?? new Date();
  return db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select(['failed_login_count'])
      .where('id', '=', userId)
      .executeTakeFirstOrThrow();
    const failedCount = user.failed_login_count + 1;
    const lockedUntil =
      failedCount >= options.maxFailures ? toDbInstant(new Date(now.getTime() + options.lockMs)) : null;
    await trx
      .updateTable('users')
      .set({ failed_login_count: lockedUntil ? 0 : failedCount, locked_until: lockedUntil })
      .where('id', '=', userId)
      .execute();
    return { failedCount, lockedUntil };
  });
}

export async function recordSuccessfulLogin(
  db: Kysely<Database>,
  userId: string,
  now = new Date(),
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_login_count: 0, locked_until: null, last_login_at: toDbInstant(now) })
    .where('id', '=', userId)
    .execute();
}

/** A new password hash; also clears failed attempts and any lockout. */
export async function setUserPassword(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, failed_login_count: 0, locked_until: null })
    .where('id', '=', userId)
    .execute();
}
