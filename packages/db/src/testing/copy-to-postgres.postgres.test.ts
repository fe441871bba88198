import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDb } from '../create-db';
import { migrateToLatest } from '../migrator';
import { insertCompany } from '../repositories/companies';
import { insertDepartment } from '../repositories/departments';
import { insertPosBatch } from '../repositories/pos-orders';
import { newId, toDbInstant } from '../util';
import { copySqliteToPostgres } from './copy-to-postgres';
import { createTestDatabase, type TestDatabase } from './postgres';

let dir: string;
let target: TestDatabase;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qo-copy-'));
  target = await createTestDatabase(inject('postgresAdminUrl'), 'qo_copy');
});
afterAll(async () => {
  await target?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('copying a SQLite database into PostgreSQL (the benchmarks on PostgreSQL)', () => {
  it('copies every row, money and hour totals included, so both answer the same', async () => {
    const sqlite = createDb({ dataDir: dir });
    await migrateToLatest(sqlite.kysely);
    const company = await insertCompany(sqlite.kysely, { name: 'A' });
    const department = await insertDepartment(sqlite.kysely, {
      companyId: company.id,
      name: 'Sentrum',
      businessDayStart: '05:00',
    });
    const base = { company_id: company.id, created_at: toDbInstant(), updated_at: toDbInstant() };
    const food = newId();
    const card = newId();
    await sqlite.kysely
      .insertInto('product_types')
      .values({
        ...base,
        id: food,
        name: 'Mat',
        kind: 'sales',
        normal_account_no: 3010,
        reduced_account_no: null,
      })
      .execute();
    await sqlite.kysely
      .insertInto('payment_types')
      .values({ ...base, id: card, name: 'Kort', kind: 'card', account_no: 1503, transfer_to_accounting: 1 })
      .execute();
    const orders = Array.from({ length: 2500 }, (_, i) => ({
      posId: `O${i}`,
      closedAt: new Date(Date.UTC(2026, 0, 5, 10) + i * 60_000).toISOString(),
      orderType: 'dine_in' as const,
      customerId: null,
      total: 10_000 + i,
      rounding: 0,
      tips: 0,
      contentHash: `h${i}`,
      lines: [
        {
          productTypeId: food,
          description: 'Mat',
          quantity: 1,
          unitPrice: 10_000 + i,
          discount: 0,
          vatRate: 25,
          total: 10_000 + i,
        },
      ],
      payments: [{ paymentTypeId: card, amount: 10_000 + i, tip: 0 }],
    }));
    await insertPosBatch(sqlite.kysely, department.id, { orders, cashMovements: [] });
    await sqlite.destroy();

    const result = await copySqliteToPostgres(dir, target.url);
    expect(result.tables.find((t) => t.name === 'orders')?.rows).toBe(2500);

    const pgDb = createDb({ databaseUrl: target.url, maxConnections: 1 });
    try {
      const sum = await pgDb.kysely
        .selectFrom('order_lines')
        .select((eb) => eb.fn.sum<string>('total').as('total'))
        .executeTakeFirstOrThrow();
      expect(Number(sum.total)).toBe(orders.reduce((s, o) => s + o.total, 0));
      const hours = await pgDb.kysely
        .selectFrom('pos_hour_payment_totals')
        .select((eb) => eb.fn.sum<string>('payments').as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(hours.n)).toBe(2500);
      // The copy is migrated: a second migrate applies nothing.
      expect((await migrateToLatest(pgDb.kysely)).results).toEqual([]);
    } finally {
      await pgDb.destroy();
    }
  });
});
