import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { createPosFixture, type PosFixture } from '../testing/pos-fixture';
import { newId } from '../util';
import { releaseDayClaim, renewDayClaim, takeDayClaim } from './day-claims';
import { claimPosting, type PostingClaim } from './export';

let fixture: PosFixture;
let db: Db;
beforeAll(async () => {
  fixture = await createPosFixture();
  db = fixture.db;
}, 60_000);
afterAll(() => fixture.close());

const LEASE = 30_000;

describe('the claim on a (department, business day)', () => {
  it('has one holder at a time; only the holder renews or releases it', async () => {
    const key = { departmentId: fixture.departmentId, businessDay: '2026-04-01' };
    const now = new Date();
    expect(await takeDayClaim(db.kysely, key, 'a', 'correction', now, LEASE)).toEqual({
      taken: true,
      takenOver: false,
    });
    const refused = await takeDayClaim(db.kysely, key, 'b', 'reversal', now, LEASE);
    expect(refused).toMatchObject({ taken: false, purpose: 'correction' });
    // Another day of the same department is free.
    expect(
      await takeDayClaim(db.kysely, { ...key, businessDay: '2026-04-02' }, 'b', 'reversal', now, LEASE),
    ).toMatchObject({ taken: true });

    await releaseDayClaim(db.kysely, key, 'b');
    expect(await takeDayClaim(db.kysely, key, 'b', 'reversal', now, LEASE)).toMatchObject({ taken: false });
    expect(await renewDayClaim(db.kysely, key, 'b', now, LEASE)).toBe(false);
    expect(await renewDayClaim(db.kysely, key, 'a', now, LEASE)).toBe(true);
    await releaseDayClaim(db.kysely, key, 'a');
    expect(await takeDayClaim(db.kysely, key, 'b', 'reversal', now, LEASE)).toEqual({
      taken: true,
      takenOver: false,
    });
  });

  it('is taken over only past its lease, and the old holder then can neither renew nor release it', async () => {
    const key = { departmentId: fixture.departmentId, businessDay: '2026-04-03' };
    const t0 = new Date('2026-04-03T10:00:00Z');
    expect(await takeDayClaim(db.kysely, key, 'dead', 'transfer', t0, LEASE)).toMatchObject({ taken: true });
    const within = new Date(t0.getTime() + LEASE - 1);
    expect(await takeDayClaim(db.kysely, key, 'next', 'transfer', within, LEASE)).toMatchObject({
      taken: false,
      purpose: 'transfer',
    });
    const past = new Date(t0.getTime() + LEASE + 1);
    expect(await takeDayClaim(db.kysely, key, 'next', 'reversal', past, LEASE)).toEqual({
      taken: true,
      takenOver: true,
    });
    expect(await renewDayClaim(db.kysely, key, 'dead', past, LEASE)).toBe(false);
    await releaseDayClaim(db.kysely, key, 'dead');
    expect(await takeDayClaim(db.kysely, key, 'third', 'correction', past, LEASE)).toMatchObject({
      taken: false,
      purpose: 'reversal',
    });
  });

  it('lets exactly one of many concurrent takers win, for every day', async () => {
    const now = new Date();
    for (let d = 10; d < 20; d++) {
      const key = { departmentId: fixture.departmentId, businessDay: `2026-04-${d}` };
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => takeDayClaim(db.kysely, key, `h${i}`, 'transfer', now, LEASE)),
      );
      expect(results.filter((r) => r.taken)).toHaveLength(1);
    }
  });
});

describe('claiming a posting', () => {
  const claim = (day: string, over: Partial<PostingClaim> = {}): PostingClaim => ({
    companyId: '',
    departmentId: fixture.departmentId,
    businessDay: day,
    version: 1,
    correction: 0,
    reference: `QO-${fixture.departmentId}-${day}-v1`,
    fingerprint: 'f',
    linesJson: '[]',
    transferId: null,
    userId: null,
    automatic: false,
    ...over,
  });
  const companyId = async () =>
    (
      await db.kysely
        .selectFrom('departments')
        .select('company_id')
        .where('id', '=', fixture.departmentId)
        .executeTakeFirstOrThrow()
    ).company_id;

  // On PostgreSQL a concurrent insert used to lose on the reference's unique index, which an
  // ON CONFLICT naming only the day's key does not cover: an error instead of "not claimed".
  it('many concurrent claims of one day: exactly one wins, every other is a clean "someone else has it"', async () => {
    const company = await companyId();
    for (let d = 1; d <= 60; d++) {
      const day = new Date(Date.UTC(2026, 5, d)).toISOString().slice(0, 10);
      const outcomes = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          claimPosting(
            db.kysely,
            claim(day, { companyId: company, transferId: newId(), fingerprint: `f${i}` }),
          ),
        ),
      );
      expect(outcomes.filter((o) => o.claimed)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.claimed).every((o) => o.posting.status === 'sending')).toBe(true);
    }
  }, 60_000);

  it('a reference already used by another row is "not claimed", never an error', async () => {
    const company = await companyId();
    const first = await claimPosting(db.kysely, claim('2026-05-20', { companyId: company }));
    expect(first.claimed).toBe(true);
    const clash = await claimPosting(
      db.kysely,
      claim('2026-05-21', { companyId: company, reference: first.posting.reference }),
    );
    expect(clash).toMatchObject({ claimed: false, posting: { id: first.posting.id } });
  });

  it("under the day's claim, a posting left 'sending' is taken over and marked for a look-up first", async () => {
    const company = await companyId();
    const left = await claimPosting(
      db.kysely,
      claim('2026-05-22', { companyId: company, transferId: 'gone' }),
    );
    expect(left.claimed).toBe(true);
    // Without the day's claim, another transfer's 'sending' row is someone else's.
    expect(
      await claimPosting(db.kysely, claim('2026-05-22', { companyId: company, transferId: 'next' })),
    ).toMatchObject({ claimed: false });
    const taken = await claimPosting(
      db.kysely,
      claim('2026-05-22', { companyId: company, transferId: 'next', fingerprint: 'g', underDayClaim: true }),
    );
    expect(taken).toMatchObject({
      claimed: true,
      resumed: true,
      posting: { id: left.posting.id, transfer_id: 'next', fingerprint: 'g' },
    });
  });
});
