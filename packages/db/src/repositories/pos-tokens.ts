import type { Kysely, Selectable } from 'kysely';
import type { Database, PosDeviceTokensTable } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type PosDeviceTokenRow = Selectable<PosDeviceTokensTable>;

/** A token row without its hash: what lists and responses may carry. */
export type PosDeviceTokenInfo = Omit<PosDeviceTokenRow, 'token_hash'>;

const infoColumns = ['id', 'department_id', 'label', 'created_at', 'last_used_at', 'revoked_at'] as const;

export async function insertPosDeviceToken(
  db: Kysely<Database>,
  input: { departmentId: string; label: string; tokenHash: string },
): Promise<PosDeviceTokenInfo> {
  const row: PosDeviceTokenRow = {
    id: newId(),
    department_id: input.departmentId,
    label: input.label,
    token_hash: input.tokenHash,
    created_at: toDbInstant(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('pos_device_tokens').values(row).execute();
  const { token_hash: _hash, ...info } = row;
  return info;
}

export function listPosDeviceTokens(
  db: Kysely<Database>,
  departmentId: string,
): Promise<PosDeviceTokenInfo[]> {
  return db
    .selectFrom('pos_device_tokens')
    .select(infoColumns)
    .where('department_id', '=', departmentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Marks the token revoked; false when the department has no such token. Revoking twice keeps the first time. */
export async function revokePosDeviceToken(
  db: Kysely<Database>,
  departmentId: string,
  tokenId: string,
): Promise<boolean> {
  const token = await db
    .selectFrom('pos_device_tokens')
    .select(['id', 'revoked_at'])
    .where('department_id', '=', departmentId)
    .where('id', '=', tokenId)
    .executeTakeFirst();
  if (!token) return false;
  if (token.revoked_at === null) {
    await db
      .updateTable('pos_device_tokens')
      .set({ revoked_at: toDbInstant() })
      .where('id', '=', tokenId)
      .execute();
  }
  return true;
}

export interface PosDeviceIdentity {
  tokenId: string;
  departmentId: string;
  companyId: string;
  lastUsedAt: string | null;
}

/** The department (and its company) a live token belongs to; undefined for unknown or revoked tokens. */
export async function findPosDeviceByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<PosDeviceIdentity | undefined> {
  const row = await db
    .selectFrom('pos_device_tokens as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .select([
      't.id as tokenId',
      't.department_id as departmentId',
      'd.company_id as companyId',
      't.last_used_at as lastUsedAt',
    ])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .executeTakeFirst();
  return row;
}

export async function touchPosDeviceToken(
  db: Kysely<Database>,
  tokenId: string,
  at: string = toDbInstant(),
): Promise<void> {
  await db.updateTable('pos_device_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
}
