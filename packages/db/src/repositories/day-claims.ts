import type { Kysely } from 'kysely';
import type { Database, DayClaimPurposeColumn } from '../schema/index';
import { toDbInstant } from '../util';

export interface DayKey {
  departmentId: string;
  businessDay: string;
}

export type DayClaimTake =
  | { taken: true; takenOver: boolean }
  /** Someone else holds it; `purpose` is null when it was released meanwhile (try again). */
  | { taken: false; purpose: DayClaimPurposeColumn | null; leaseUntil: string | null };

/**
 * Takes the claim on a day for `holder`, atomically: inserted when nobody holds it (the primary
 * key lets exactly one of several takers win, also across processes), or taken over by a
 * conditional update when its lease has run out (its holder died). Never waits.
 */
export async function takeDayClaim(
  db: Kysely<Database>,
  key: DayKey,
  holder: string,
  purpose: DayClaimPurposeColumn,
  now: Date,
  leaseMs: number,
): Promise<DayClaimTake> {
  const nowText = toDbInstant(now);
  const leaseUntil = toDbInstant(new Date(now.getTime() + leaseMs));
  const inserted = await db
    .insertInto('export_day_claims')
    .values({
      department_id: key.departmentId,
      business_day: key.businessDay,
      holder,
      purpose,
      lease_until: leaseUntil,
      claimed_at: nowText,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { taken: true, takenOver: false };

  const takenOver = await db
    .updateTable('export_day_claims')
    .set({ holder, purpose, lease_until: leaseUntil, claimed_at: nowText })
    .where('department_id', '=', key.departmentId)
    .where('business_day', '=', key.businessDay)
    .where('lease_until', '<', nowText)
    .executeTakeFirst();
  if (Number(takenOver.numUpdatedRows) === 1) return { taken: true, takenOver: true };

  const current = await db
    .selectFrom('export_day_claims')
    .select(['purpose', 'lease_until'])
    .where('department_id', '=', key.departmentId)
    .where('business_day', '=', key.businessDay)
    .executeTakeFirst();
  return { taken: false, purpose: current?.purpose ?? null, leaseUntil: current?.lease_until ?? null };
}

/** Extends the holder's lease; false when the claim is no longer its own (it was taken over). */
export async function renewDayClaim(
  db: Kysely<Database>,
  key: DayKey,
  holder: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const result = await db
    .updateTable('export_day_claims')
    .set({ lease_until: toDbInstant(new Date(now.getTime() + leaseMs)) })
    .where('department_id', '=', key.departmentId)
    .where('business_day', '=', key.businessDay)
    .where('holder', '=', holder)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the claim back (only the holder's own: a claim taken over meanwhile stays with its new holder). */
export async function releaseDayClaim(db: Kysely<Database>, key: DayKey, holder: string): Promise<void> {
  await db
    .deleteFrom('export_day_claims')
    .where('department_id', '=', key.departmentId)
    .where('business_day', '=', key.businessDay)
    .where('holder', '=', holder)
    .execute();
}
