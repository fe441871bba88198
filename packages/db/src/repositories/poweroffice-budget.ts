import type { Kysely } from 'kysely';
import type { Database } from '../schema/index';
import { toDbInstant } from '../util';

/*
 * PowerOffice's request budget, shared by every BFF instance on the database. A budget of n
 * requests is n slot rows; a request takes a free one (its `busy_until` has passed) with a
 * conditional UPDATE, so two instances can never take the same slot: on PostgreSQL the second
 * UPDATE waits for the first's row lock, re-checks `busy_until` and finds it taken; SQLite has one
 * writer at a time. Every comparison is on ISO instants, which order as text.
 */

/** Creates the slot rows of a budget (0 … size − 1) that do not exist yet. */
export async function ensureBudgetSlots(
  db: Kysely<Database>,
  budgetKey: string,
  size: number,
): Promise<void> {
  const free = toDbInstant(new Date(0));
  const rows = Array.from({ length: size }, (_, slot) => ({
    budget_key: budgetKey,
    slot,
    busy_until: free,
    holder: null,
  }));
  await db
    .insertInto('poweroffice_budget_slots')
    .values(rows)
    .onConflict((oc) => oc.columns(['budget_key', 'slot']).doNothing())
    .execute();
}

/**
 * Takes one free slot among the first `size` of the budget and holds it until `busyUntil`.
 * Returns the slot, or undefined when none is free right now.
 */
export async function takeBudgetSlot(
  db: Kysely<Database>,
  budgetKey: string,
  size: number,
  holder: string,
  now: Date,
  busyUntil: Date,
): Promise<number | undefined> {
  const at = toDbInstant(now);
  const free = await db
    .selectFrom('poweroffice_budget_slots')
    .select('slot')
    .where('budget_key', '=', budgetKey)
    .where('slot', '<', size)
    .where('busy_until', '<=', at)
    .execute();
  // In random order, so takers that read the same free slots at once mostly try different ones.
  const candidates = free.map((r) => r.slot).sort(() => Math.random() - 0.5);
  for (const slot of candidates) {
    const taken = await db
      .updateTable('poweroffice_budget_slots')
      .set({ busy_until: toDbInstant(busyUntil), holder })
      .where('budget_key', '=', budgetKey)
      .where('slot', '=', slot)
      .where('busy_until', '<=', at)
      .executeTakeFirst();
    if (Number(taken.numUpdatedRows) === 1) return slot;
    // Someone else took it between the read and the update: try the next.
  }
  return undefined;
}

/** Hands a slot back early: counted until `busyUntil` now, unless someone else holds it meanwhile. */
export async function releaseBudgetSlot(
  db: Kysely<Database>,
  budgetKey: string,
  slot: number,
  holder: string,
  busyUntil: Date,
): Promise<void> {
  await db
    .updateTable('poweroffice_budget_slots')
    .set({ busy_until: toDbInstant(busyUntil), holder: null })
    .where('budget_key', '=', budgetKey)
    .where('slot', '=', slot)
    .where('holder', '=', holder)
    .execute();
}

/** When the earliest of the first `size` slots frees (undefined when the budget has no rows). */
export async function nextBudgetSlotFree(
  db: Kysely<Database>,
  budgetKey: string,
  size: number,
): Promise<Date | undefined> {
  const row = await db
    .selectFrom('poweroffice_budget_slots')
    .select((eb) => eb.fn.min('busy_until').as('next'))
    .where('budget_key', '=', budgetKey)
    .where('slot', '<', size)
    .executeTakeFirst();
  return row?.next ? new Date(row.next) : undefined;
}

/** Nobody sends on the budget before `until` (a 429's Retry-After); an earlier block is extended only. */
export async function blockBudget(db: Kysely<Database>, budgetKey: string, until: Date): Promise<void> {
  const at = toDbInstant(until);
  await db
    .insertInto('poweroffice_budgets')
    .values({ budget_key: budgetKey, blocked_until: at })
    .onConflict((oc) =>
      oc
        .column('budget_key')
        .doUpdateSet({ blocked_until: at })
        .where('poweroffice_budgets.blocked_until', '<', at),
    )
    .execute();
}

export async function budgetBlockedUntil(db: Kysely<Database>, budgetKey: string): Promise<Date | undefined> {
  const row = await db
    .selectFrom('poweroffice_budgets')
    .select('blocked_until')
    .where('budget_key', '=', budgetKey)
    .executeTakeFirst();
  return row ? new Date(row.blocked_until) : undefined;
}
