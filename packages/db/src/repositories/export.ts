import type { Kysely, Selectable } from 'kysely';
import type {
  Database,
  ExportPostingsTable,
  ExportTransferDaysTable,
  ExportTransfersTable,
  TransferDayStatusColumn,
  TransferStatusColumn,
  TransferTriggerColumn,
} from '../schema/index';
import { newId, toDbInstant } from '../util';

export type ExportTransferRow = Selectable<ExportTransfersTable>;
export type ExportTransferDayRow = Selectable<ExportTransferDaysTable>;
export type ExportPostingRow = Selectable<ExportPostingsTable>;

/** True once any voucher of the department reached PowerOffice (the automatic export's guard). */
export async function hasSuccessfulTransfer(db: Kysely<Database>, departmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('export_postings')
    .select('id')
    .where('department_id', '=', departmentId)
    .where('status', 'in', ['sent', 'reversed'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Transfers

export interface NewTransfer {
  companyId: string;
  departmentId: string;
  from: string;
  to: string;
  trigger: TransferTriggerColumn;
  userId: string | null;
  days: readonly string[];
}

/** A transfer and its days as 'pending', in one transaction: the job finds everything it must do. */
export async function insertTransfer(db: Kysely<Database>, input: NewTransfer): Promise<ExportTransferRow> {
  const now = toDbInstant();
  const row: ExportTransferRow = {
    id: newId(),
    company_id: input.companyId,
    department_id: input.departmentId,
    from_day: input.from,
    to_day: input.to,
    status: 'queued',
    trigger: input.trigger,
    user_id: input.userId,
    lease_until: null,
    error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('export_transfers').values(row).execute();
    for (let i = 0; i < input.days.length; i += 200) {
      await trx
        .insertInto('export_transfer_days')
        .values(
          input.days.slice(i, i + 200).map((day) => ({
            transfer_id: row.id,
            department_id: input.departmentId,
            business_day: day,
            status: 'pending' as const,
            voucher_no: null,
            reference: null,
            message: null,
            updated_at: now,
          })),
        )
        .execute();
    }
  });
  return row;
}

export function findTransfer(
  db: Kysely<Database>,
  companyId: string,
  id: string,
): Promise<ExportTransferRow | undefined> {
  return db
    .selectFrom('export_transfers')
    .selectAll()
    .where('company_id', '=', companyId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** A transfer by id alone, for the background runner that was handed the id (no company scope). */
export function findTransferById(db: Kysely<Database>, id: string): Promise<ExportTransferRow | undefined> {
  return db.selectFrom('export_transfers').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listTransferDays(db: Kysely<Database>, transferId: string): Promise<ExportTransferDayRow[]> {
  return db
    .selectFrom('export_transfer_days')
    .selectAll()
    .where('transfer_id', '=', transferId)
    .orderBy('business_day')
    .execute();
}

/**
 * Takes (or renews) the lease on a transfer for one process: succeeds when the transfer is queued,
 * or running under a lease that has run out (the process that held it is gone).
 */
export async function leaseTransfer(
  db: Kysely<Database>,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const nowText = toDbInstant(now);
  const result = await db
    .updateTable('export_transfers')
    .set({
      status: 'running',
      lease_until: toDbInstant(new Date(now.getTime() + leaseMs)),
      updated_at: nowText,
    })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([
          eb('status', '=', 'running'),
          eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowText)]),
        ]),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function renewTransferLease(
  db: Kysely<Database>,
  id: string,
  now: Date,
  leaseMs: number,
): Promise<void> {
  await db
    .updateTable('export_transfers')
    .set({ lease_until: toDbInstant(new Date(now.getTime() + leaseMs)), updated_at: toDbInstant(now) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

/** Hands a transfer back (graceful stop): the next process to start picks it up at once. */
export async function releaseTransfer(db: Kysely<Database>, id: string): Promise<void> {
  await db
    .updateTable('export_transfers')
    .set({ status: 'queued', lease_until: null, updated_at: toDbInstant() })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .execute();
}

export async function finishTransfer(
  db: Kysely<Database>,
  id: string,
  status: Extract<TransferStatusColumn, 'done' | 'failed' | 'done_with_failures'>,
  error: string | null = null,
): Promise<void> {
  const now = toDbInstant();
  await db
    .updateTable('export_transfers')
    .set({ status, error, lease_until: null, updated_at: now, finished_at: now })
    .where('id', '=', id)
    .execute();
}

/** Transfers a process may pick up: queued, or running under an expired lease. */
export function listResumableTransfers(db: Kysely<Database>, now: Date): Promise<ExportTransferRow[]> {
  const nowText = toDbInstant(now);
  return db
    .selectFrom('export_transfers')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('status', '=', 'queued'),
        eb.and([
          eb('status', '=', 'running'),
          eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', nowText)]),
        ]),
      ]),
    )
    .orderBy('created_at')
    .execute();
}

export async function hasOpenTransfer(db: Kysely<Database>, departmentId: string): Promise<boolean> {
  const row = await db
    .selectFrom('export_transfers')
    .select('id')
    .where('department_id', '=', departmentId)
    .where('status', 'in', ['queued', 'running'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setTransferDay(
  db: Kysely<Database>,
  transferId: string,
  businessDay: string,
  result: {
    status: TransferDayStatusColumn;
    voucherNo?: number | null;
    reference?: string | null;
    message?: string | null;
  },
): Promise<void> {
  await db
    .updateTable('export_transfer_days')
    .set({
      status: result.status,
      voucher_no: result.voucherNo ?? null,
      reference: result.reference ?? null,
      message: result.message ?? null,
      updated_at: toDbInstant(),
    })
    .where('transfer_id', '=', transferId)
    .where('business_day', '=', businessDay)
    .execute();
}

/** The latest transfer result per business day of a department in [from, to] (for blocked/failed in the history). */
export async function latestTransferDayResults(
  db: Kysely<Database>,
  departmentId: string,
  from: string,
  to: string,
): Promise<Map<string, ExportTransferDayRow>> {
  const rows = await db
    .selectFrom('export_transfer_days')
    .selectAll()
    .where('department_id', '=', departmentId)
    .where('business_day', '>=', from)
    .where('business_day', '<=', to)
    .where('status', 'not in', ['pending', 'sending'])
    .orderBy('business_day')
    .orderBy('updated_at')
    .execute();
  const latest = new Map<string, ExportTransferDayRow>();
  for (const row of rows) latest.set(row.business_day, row);
  return latest;
}

// ---------------------------------------------------------------------------------------------
// Postings

export function listPostings(
  db: Kysely<Database>,
  departmentId: string,
  from: string,
  to: string,
): Promise<ExportPostingRow[]> {
  return db
    .selectFrom('export_postings')
    .selectAll()
    .where('department_id', '=', departmentId)
    .where('business_day', '>=', from)
    .where('business_day', '<=', to)
    .orderBy('business_day')
    .orderBy('version')
    .orderBy('correction')
    .execute();
}

export function findPosting(
  db: Kysely<Database>,
  departmentId: string,
  businessDay: string,
  version: number,
  correction: number,
): Promise<ExportPostingRow | undefined> {
  return db
    .selectFrom('export_postings')
    .selectAll()
    .where('department_id', '=', departmentId)
    .where('business_day', '=', businessDay)
    .where('version', '=', version)
    .where('correction', '=', correction)
    .executeTakeFirst();
}

export interface PostingClaim {
  companyId: string;
  departmentId: string;
  businessDay: string;
  version: number;
  correction: number;
  reference: string;
  fingerprint: string;
  linesJson: string;
  transferId: string | null;
  userId: string | null;
  automatic: boolean;
  /**
   * The caller holds the day's claim (see day-claims.ts): a row still 'sending' was then left by a
   * holder that is gone, and is taken over at once.
   */
  underDayClaim?: boolean;
}

/** Without the day's claim: how long a claim made outside a transfer may sit in 'sending' before it counts as abandoned. */
const STALE_CLAIM_MS = 2 * 60_000;

export type ClaimOutcome =
  | { claimed: true; posting: ExportPostingRow; resumed: boolean }
  | { claimed: false; posting: ExportPostingRow };

/** A unique-key violation, as SQLite (better-sqlite3) and PostgreSQL (pg) report it. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

function findPostingByReference(
  db: Kysely<Database>,
  reference: string,
): Promise<ExportPostingRow | undefined> {
  return db.selectFrom('export_postings').selectAll().where('reference', '=', reference).executeTakeFirst();
}

/**
 * Claims the right to post (department, day, version, correction), atomically. Callers normally
 * hold the day's claim, so the row is changed by one of them at a time; the unique keys still
 * decide between two who got here anyway:
 * - no row yet: insert it as 'sending' (any unique key, the day's or the reference's, lets exactly
 *   one claimant win; losing on either is "someone else has it", never an error);
 * - 'failed', or 'sending' whose holder is gone (under the day's claim: always; else when held by
 *   the same transfer, a resume after a crash, or outside any transfer for STALE_CLAIM_MS): taken
 *   over as 'sending' with the new content (a conditional update, one winner); PowerOffice may have
 *   taken it, so the caller looks it up by reference before posting (`resumed`);
 * - anything else ('sent', 'reversed', 'sending' held by someone else): not claimed.
 */
export async function claimPosting(db: Kysely<Database>, claim: PostingClaim): Promise<ClaimOutcome> {
  const now = toDbInstant();
  const row: ExportPostingRow = {
    id: newId(),
    company_id: claim.companyId,
    department_id: claim.departmentId,
    business_day: claim.businessDay,
    version: claim.version,
    correction: claim.correction,
    reference: claim.reference,
    status: 'sending',
    fingerprint: claim.fingerprint,
    lines_json: claim.linesJson,
    transfer_id: claim.transferId,
    voucher_id: null,
    voucher_no: null,
    journal: null,
    imported_voucher_no: null,
    message: null,
    user_id: claim.userId,
    automatic: claim.automatic ? 1 : 0,
    posted_at: null,
    reversed_at: null,
    reversal_voucher_id: null,
    reversal_voucher_no: null,
    created_at: now,
    updated_at: now,
    unsettled_at: null,
  };
  let inserted = false;
  try {
    // No conflict target: on PostgreSQL every unique index is then an arbiter, so a concurrent
    // insert of the same reference is "nothing inserted" too, not a unique-violation error.
    const result = await db
      .insertInto('export_postings')
      .values(row)
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    inserted = Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  if (inserted) return { claimed: true, posting: row, resumed: false };

  const existing =
    (await findPosting(db, claim.departmentId, claim.businessDay, claim.version, claim.correction)) ??
    (await findPostingByReference(db, claim.reference));
  // Deleted again in between (a claim given back): claim afresh.
  if (!existing) return claimPosting(db, claim);
  const sameKey =
    existing.version === claim.version &&
    existing.correction === claim.correction &&
    existing.business_day === claim.businessDay;
  const holderGone =
    existing.status === 'sending' &&
    (claim.underDayClaim === true ||
      (claim.transferId !== null && existing.transfer_id === claim.transferId) ||
      (existing.transfer_id === null &&
        claim.transferId === null &&
        existing.updated_at < toDbInstant(new Date(Date.now() - STALE_CLAIM_MS))));
  if (sameKey && (existing.status === 'failed' || holderGone)) {
    const taken = await db
      .updateTable('export_postings')
      .set({
        status: 'sending',
        fingerprint: claim.fingerprint,
        lines_json: claim.linesJson,
        transfer_id: claim.transferId,
        user_id: claim.userId,
        automatic: claim.automatic ? 1 : 0,
        message: null,
        updated_at: now,
      })
      .where('id', '=', existing.id)
      .where('status', '=', existing.status)
      .where('updated_at', '=', existing.updated_at)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) {
      return {
        claimed: true,
        resumed: true,
        posting: {
          ...existing,
          status: 'sending',
          fingerprint: claim.fingerprint,
          lines_json: claim.linesJson,
          transfer_id: claim.transferId,
        },
      };
    }
    const now2 = await findPosting(
      db,
      claim.departmentId,
      claim.businessDay,
      claim.version,
      claim.correction,
    );
    return { claimed: false, posting: now2 ?? existing };
  }
  return { claimed: false, posting: existing };
}

export async function markPostingSent(
  db: Kysely<Database>,
  id: string,
  result: { voucherId: string; voucherNo: number | null; postedAt?: Date },
): Promise<void> {
  const now = toDbInstant(result.postedAt);
  await db
    .updateTable('export_postings')
    .set({
      status: 'sent',
      voucher_id: result.voucherId,
      voucher_no: result.voucherNo,
      message: null,
      posted_at: now,
      updated_at: now,
      unsettled_at: null,
    })
    .where('id', '=', id)
    .execute();
}

/**
 * `outcomeUnknown`: PowerOffice may still make (or have made) the voucher, from now (see
 * `unsettled_at`); `unsettledAt` keeps an earlier such instant.
 */
export async function markPostingFailed(
  db: Kysely<Database>,
  id: string,
  message: string,
  options: { outcomeUnknown?: boolean; unsettledAt?: string | null } = {},
): Promise<void> {
  const now = toDbInstant();
  const unsettledAt =
    options.unsettledAt !== undefined ? options.unsettledAt : options.outcomeUnknown ? now : null;
  await db
    .updateTable('export_postings')
    .set({ status: 'failed', message, updated_at: now, unsettled_at: unsettledAt })
    .where('id', '=', id)
    .execute();
}

/** Right before a POST of the posting: from now on one may be in flight. */
export async function markPostingUnsettled(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('export_postings').set({ unsettled_at: toDbInstant() }).where('id', '=', id).execute();
}

export async function markPostingReversed(db: Kysely<Database>, id: string): Promise<void> {
  const now = toDbInstant();
  await db
    .updateTable('export_postings')
    .set({ status: 'reversed', reversed_at: now, updated_at: now })
    .where('id', '=', id)
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Automatic export

export interface AutoExportDepartment {
  companyId: string;
  departmentId: string;
  businessDayStart: string;
  /** When automatic export was switched on: days that ended before it are never posted automatically. */
  autoExportSince: string;
}

/** Every connected department with automatic export on, over all companies. */
export async function listAutoExportDepartments(db: Kysely<Database>): Promise<AutoExportDepartment[]> {
  const rows = await db
    .selectFrom('department_integrations as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select(['i.company_id', 'i.department_id', 'd.business_day_start', 'i.auto_export_since'])
    .where('i.status', '!=', 'disconnected')
    .where('i.auto_export', '=', 1)
    .where('i.auto_export_since', 'is not', null)
    .execute();
  return rows.map((r) => ({
    companyId: r.company_id,
    departmentId: r.department_id,
    businessDayStart: r.business_day_start,
    autoExportSince: r.auto_export_since!,
  }));
}

/** The content actually sent when a resumed claim had to be posted afresh (orders changed meanwhile). */
export async function setPostingContent(
  db: Kysely<Database>,
  id: string,
  fingerprint: string,
  linesJson: string,
): Promise<void> {
  await db
    .updateTable('export_postings')
    .set({ fingerprint, lines_json: linesJson, updated_at: toDbInstant() })
    .where('id', '=', id)
    .execute();
}
