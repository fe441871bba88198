import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db';
import { openTestDb, type TestDb } from '../testing/test-db';
import { insertCompany } from './companies';
import { insertDepartment } from './departments';
import { claimPosting, findPosting } from './export';
import { preparePostingSend } from './posting-journal';

let testDb: TestDb;
let db: Db;
let companyId: string;

beforeAll(async () => {
  testDb = await openTestDb();
  db = testDb.db;
  companyId = (await insertCompany(db.kysely, { name: 'A' })).id;
});
afterAll(() => testDb.close());

async function claim(departmentId: string, businessDay: string, correction = 0) {
  const outcome = await claimPosting(db.kysely, {
    companyId,
    departmentId,
    businessDay,
    version: 1,
    correction,
    reference: `ref-${departmentId}-${businessDay}-${correction}`,
    fingerprint: 'f',
    linesJson: '[]',
    transferId: null,
    userId: null,
    automatic: false,
  });
  if (!outcome.claimed) throw new Error('not claimed');
  return { id: outcome.posting.id, departmentId };
}

describe('the running number of a department’s day vouchers (ImportedVoucherNo)', () => {
  it('numbers postings 1, 2, 3… per department, also when sent at once, and keeps a number once given', async () => {
    const sentrum = (
      await insertDepartment(db.kysely, { companyId, name: 'Sentrum', businessDayStart: '05:00' })
    ).id;
    const bryggen = (
      await insertDepartment(db.kysely, { companyId, name: 'Bryggen', businessDayStart: '05:00' })
    ).id;
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'];
    const postings = await Promise.all(days.map((d) => claim(sentrum, d)));
    const numbers = await Promise.all(postings.map((p) => preparePostingSend(db.kysely, p, 'cash')));
    expect(numbers.map((n) => n.importedVoucherNo).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);

    expect(await preparePostingSend(db.kysely, postings[2]!, 'manual')).toEqual(numbers[2]);
    const row = await findPosting(db.kysely, sentrum, days[2]!, 1, 0);
    expect(row).toMatchObject({ journal: 'manual', imported_voucher_no: numbers[2]!.importedVoucherNo });

    const other = await claim(bryggen, '2026-03-01');
    expect(await preparePostingSend(db.kysely, other, 'cash')).toEqual({ importedVoucherNo: 1 });
    const correction = await claim(sentrum, '2026-03-01', 1);
    expect(await preparePostingSend(db.kysely, correction, 'cash')).toEqual({ importedVoucherNo: 7 });
  });
});
