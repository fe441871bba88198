import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { newId, toDbInstant } from '../util';

export interface AuditEntry {
  companyId: string;
  userId: string | null;
  entity: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | string;
  old?: unknown;
  new?: unknown;
}

/** Records who changed what; values must already be free of secrets. */
export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      company_id: entry.companyId,
      user_id: entry.userId,
      at: toDbInstant(),
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      old_json: entry.old === undefined ? null : JSON.stringify(entry.old),
      new_json: entry.new === undefined ? null : JSON.stringify(entry.new),
    })
    .execute();
}

export function listAudit(db: Kysely<Database>, companyId: string, entity: string, entityId: string) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .execute();
}
