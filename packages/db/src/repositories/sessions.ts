import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionsTable, UsersTable } from '../schema/index';
import { toDbInstant } from '../util';

export type SessionRow = Selectable<SessionsTable>;

export async function insertSession(
  db: Kysely<Database>,
  input: { idHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: input.idHash,
      user_id: input.userId,
      expires_at: toDbInstant(input.expiresAt),
      created_at: toDbInstant(),
    })
    .execute();
}

/**
 * The live session and its user, or undefined when unknown, expired, or (with `createdAfter`)
 * older than the absolute lifetime.
 */
export async function findLiveSession(
  db: Kysely<Database>,
  idHash: string,
  now = new Date(),
  createdAfter?: Date,
): Promise<{ session: SessionRow; user: Selectable<UsersTable> } | undefined> {
  let query = db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select(['sessions.id_hash', 'sessions.expires_at', 'sessions.created_at as session_created_at'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', toDbInstant(now));
  if (createdAfter) query = query.where('sessions.created_at', '>', toDbInstant(createdAfter));
  const row = await query.executeTakeFirst();
  if (!row) return undefined;
  const { id_hash, expires_at, session_created_at, ...user } = row;
  return { session: { id_hash, expires_at, created_at: session_created_at, user_id: user.id }, user };
}

export async function extendSession(db: Kysely<Database>, idHash: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: toDbInstant(expiresAt) })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', toDbInstant(now)).execute();
}
