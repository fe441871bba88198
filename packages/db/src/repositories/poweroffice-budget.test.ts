import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../testing/test-db';
import {
  blockBudget,
  budgetBlockedUntil,
  ensureBudgetSlots,
  nextBudgetSlotFree,
  releaseBudgetSlot,
  takeBudgetSlot,
} from './poweroffice-budget';

let t: TestDb;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(() => t?.close());

describe('PowerOffice request budget', () => {
  it('hands out each of n slots once to many concurrent takers, then none until one frees', async () => {
    const db = t.db.kysely;
    await ensureBudgetSlots(db, 'k1', 10);
    await ensureBudgetSlots(db, 'k1', 10); // idempotent
    const now = new Date();
    const until = new Date(now.getTime() + 60_000);
    const taken = await Promise.all(
      Array.from({ length: 25 }, (_, i) => takeBudgetSlot(db, 'k1', 10, `h${i}`, now, until)),
    );
    const slots = taken.filter((s): s is number => s !== undefined);
    expect(slots.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await takeBudgetSlot(db, 'k1', 10, 'late', now, until)).toBeUndefined();
    expect((await nextBudgetSlotFree(db, 'k1', 10))?.getTime()).toBe(until.getTime());

    // Only the holder releases early; then the slot is free again once its counted time is over.
    const holderOf0 = `h${taken.indexOf(0)}`;
    await releaseBudgetSlot(db, 'k1', 0, 'someone else', new Date(now.getTime() - 1));
    expect(await takeBudgetSlot(db, 'k1', 10, 'late', now, until)).toBeUndefined();
    await releaseBudgetSlot(db, 'k1', 0, holderOf0, new Date(now.getTime() - 1));
    expect(await takeBudgetSlot(db, 'k1', 10, 'late', now, until)).toBe(0);
  });

  it('uses only the first `size` slots, and keeps budgets apart by key', async () => {
    const db = t.db.kysely;
    await ensureBudgetSlots(db, 'k2', 3);
    const now = new Date();
    const until = new Date(now.getTime() + 60_000);
    const taken = await Promise.all(
      Array.from({ length: 5 }, () => takeBudgetSlot(db, 'k2', 2, 'h', now, until)),
    );
    expect(taken.filter((s) => s !== undefined).sort()).toEqual([0, 1]);
    await ensureBudgetSlots(db, 'k3', 1);
    expect(await takeBudgetSlot(db, 'k3', 1, 'h', now, until)).toBe(0);
  });

  it('a 429 pause is only ever extended', async () => {
    const db = t.db.kysely;
    const later = new Date(Date.now() + 5_000);
    await blockBudget(db, 'k4', later);
    await blockBudget(db, 'k4', new Date(Date.now() + 1_000));
    expect((await budgetBlockedUntil(db, 'k4'))?.getTime()).toBe(later.getTime());
    expect(await budgetBlockedUntil(db, 'nobody')).toBeUndefined();
  });
});
