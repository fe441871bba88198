import type { Kysely, Selectable } from 'kysely';
import type { Database, DepartmentIntegrationsTable, PowerOfficeListName } from '../schema/index';
import { newId, toDbInstant } from '../util';

export type IntegrationRow = Selectable<DepartmentIntegrationsTable>;

/** The department's live connection (connected or in error), not the disconnected history. */
export function findLiveIntegration(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
): Promise<IntegrationRow | undefined> {
  return db
    .selectFrom('department_integrations')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('department_id', '=', departmentId)
    .where('status', '!=', 'disconnected')
    .executeTakeFirst();
}

export function listLiveIntegrations(db: Kysely<Database>, companyId: string): Promise<IntegrationRow[]> {
  return db
    .selectFrom('department_integrations')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('status', '!=', 'disconnected')
    .execute();
}

/** Every live connection to one PowerOffice client, whichever company holds it. */
export function listLiveIntegrationsForClient(
  db: Kysely<Database>,
  powerOfficeClientId: string,
): Promise<IntegrationRow[]> {
  return db
    .selectFrom('department_integrations')
    .selectAll()
    .where('poweroffice_client_id', '=', powerOfficeClientId)
    .where('status', '!=', 'disconnected')
    .execute();
}

/** All connections of a department, newest first, disconnected ones included. */
export function listIntegrationHistory(
  db: Kysely<Database>,
  companyId: string,
  departmentId: string,
): Promise<IntegrationRow[]> {
  return db
    .selectFrom('department_integrations')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('department_id', '=', departmentId)
    .orderBy('connected_at', 'desc')
    .execute();
}

export interface NewIntegration {
  companyId: string;
  departmentId: string;
  slot: number;
  clientKeyCiphertext: string;
  clientKeyKeyId: string;
  clientKeyMask: string;
  powerOfficeClientId: string;
  powerOfficeClientName: string | null;
  missingPrivileges: string[];
  grantedPrivileges?: string[];
}

export async function insertIntegration(
  db: Kysely<Database>,
  input: NewIntegration,
): Promise<IntegrationRow> {
  const now = toDbInstant();
  const row: IntegrationRow = {
    id: newId(),
    company_id: input.companyId,
    department_id: input.departmentId,
    status: 'connected',
    slot: input.slot,
    client_key_ciphertext: input.clientKeyCiphertext,
    client_key_key_id: input.clientKeyKeyId,
    client_key_mask: input.clientKeyMask,
    poweroffice_client_id: input.powerOfficeClientId,
    poweroffice_client_name: input.powerOfficeClientName,
    missing_privileges: JSON.stringify(input.missingPrivileges),
    granted_privileges:
      input.grantedPrivileges === undefined ? null : JSON.stringify(input.grantedPrivileges),
    poweroffice_department_id: null,
    poweroffice_department_code: null,
    poweroffice_department_name: null,
    auto_export: 0,
    auto_export_since: null,
    auto_invoice: 0,
    connected_at: now,
    disconnected_at: null,
    last_success_at: now,
    last_error_at: null,
    last_error: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('department_integrations').values(row).execute();
  return row;
}

export type IntegrationChanges = Partial<
  Omit<IntegrationRow, 'id' | 'company_id' | 'department_id' | 'created_at' | 'updated_at'>
>;

export async function updateIntegration(
  db: Kysely<Database>,
  id: string,
  changes: IntegrationChanges,
): Promise<IntegrationRow | undefined> {
  await db
    .updateTable('department_integrations')
    .set({ ...changes, updated_at: toDbInstant() })
    .where('id', '=', id)
    .execute();
  return db.selectFrom('department_integrations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Health: a call with this connection worked. A connection in 'error' is healthy again. */
export async function recordIntegrationSuccess(
  db: Kysely<Database>,
  id: string,
  at = new Date(),
): Promise<void> {
  await db
    .updateTable('department_integrations')
    .set({ last_success_at: toDbInstant(at), status: 'connected' })
    .where('id', '=', id)
    .where('status', '!=', 'disconnected')
    .execute();
}

/** Health: a call failed; `keysRefused` marks the connection itself broken. */
export async function recordIntegrationError(
  db: Kysely<Database>,
  id: string,
  message: string,
  options: { keysRefused?: boolean; at?: Date } = {},
): Promise<void> {
  await db
    .updateTable('department_integrations')
    .set({
      last_error: message,
      last_error_at: toDbInstant(options.at),
      ...(options.keysRefused ? { status: 'error' as const } : {}),
    })
    .where('id', '=', id)
    .where('status', '!=', 'disconnected')
    .execute();
}

/** Rows sealed with another key than `currentKeyId`: to re-seal after a key rotation. */
export function listIntegrationsSealedWithOtherKey(
  db: Kysely<Database>,
  currentKeyId: string,
): Promise<IntegrationRow[]> {
  return db
    .selectFrom('department_integrations')
    .selectAll()
    .where('client_key_key_id', '!=', currentKeyId)
    .execute();
}

export async function readPowerOfficeListCache(
  db: Kysely<Database>,
  powerOfficeClientId: string,
  list: PowerOfficeListName,
): Promise<{ items: unknown[]; fetchedAt: string } | undefined> {
  const row = await db
    .selectFrom('poweroffice_list_cache')
    .select(['items', 'fetched_at'])
    .where('poweroffice_client_id', '=', powerOfficeClientId)
    .where('list', '=', list)
    .executeTakeFirst();
  return row && { items: JSON.parse(row.items) as unknown[], fetchedAt: row.fetched_at };
}

export async function writePowerOfficeListCache(
  db: Kysely<Database>,
  powerOfficeClientId: string,
  list: PowerOfficeListName,
  items: readonly unknown[],
  fetchedAt: string = toDbInstant(),
): Promise<void> {
  await db
    .insertInto('poweroffice_list_cache')
    .values({
      poweroffice_client_id: powerOfficeClientId,
      list,
      items: JSON.stringify(items),
      fetched_at: fetchedAt,
    })
    .onConflict((oc) =>
      oc
        .columns(['poweroffice_client_id', 'list'])
        .doUpdateSet({ items: JSON.stringify(items), fetched_at: fetchedAt }),
    )
    .execute();
}
