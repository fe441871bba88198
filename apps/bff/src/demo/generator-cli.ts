/*
 * `pnpm --filter @qo/bff demo:generate --departments 10 --days 365 --orders-per-day 500 --seed 42`
 * Generates demo sales into the configured database (DATA_DIR or DATABASE_URL) through the POS
 * ingest path. Uses the demo company (created if the database is empty) and adds departments
 * "Demo 1", "Demo 2", … when it has fewer than asked for. Running it again only adds new days.
 * Options: --end YYYY-MM-DD (last business day, default yesterday in Oslo).
 */
import { parseArgs } from 'node:util';
import { createDb, insertDepartment, listDepartments, migrateToLatest } from '@qo/db';
import { loadConfig } from '../config/config';
import { demoRefsFrom, fillDemoDepartment } from './generator-store';
import { addDays, osloToday } from './generator-time';
import { DEMO_COMPANY_NAME, seedFoundation } from './seed';

const { values } = parseArgs({
  options: {
    departments: { type: 'string', default: '3' },
    days: { type: 'string', default: '92' },
    'orders-per-day': { type: 'string', default: '120' },
    seed: { type: 'string', default: '42' },
    end: { type: 'string' },
  },
});
const positive = (name: string, value: string | undefined) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const departments = positive('departments', values.departments);
const days = positive('days', values.days);
const ordersPerDay = positive('orders-per-day', values['orders-per-day']);
const seed = Number(values.seed);
const end = values.end ?? addDays(osloToday(), -1);
if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) throw new Error('--end must be YYYY-MM-DD');
const from = addDays(end, -(days - 1));

const config = loadConfig();
const db = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrateToLatest(db.kysely);
  const kysely = db.kysely;
  let company = await kysely
    .selectFrom('companies')
    .select('id')
    .where('name', '=', DEMO_COMPANY_NAME)
    .executeTakeFirst();
  if (!company) company = { id: (await seedFoundation(kysely)).companyId };
  const companyId = company.id;
  const existing = await listDepartments(kysely, companyId);
  for (let i = existing.length; i < departments; i++) {
    existing.push(
      await insertDepartment(kysely, { companyId, name: `Demo ${i + 1}`, businessDayStart: '05:00' }),
    );
  }
  const [productTypes, paymentTypes, customers] = await Promise.all([
    kysely
      .selectFrom('product_types')
      .select(['id', 'name', 'kind'])
      .where('company_id', '=', companyId)
      .execute(),
    kysely.selectFrom('payment_types').select(['id', 'kind']).where('company_id', '=', companyId).execute(),
    kysely
      .selectFrom('customers')
      .select('external_id')
      .where('company_id', '=', companyId)
      .orderBy('external_id')
      .execute(),
  ]);
  const refs = demoRefsFrom(
    productTypes,
    paymentTypes,
    customers.map((c) => c.external_id),
  );

  console.log(
    `Generating ${days} days (${from} … ${end}), ~${ordersPerDay} orders/day, seed ${seed}, ${departments} departments`,
  );
  const started = Date.now();
  let total = 0;
  for (const department of existing.slice(0, departments)) {
    const t0 = Date.now();
    const result = await fillDemoDepartment(
      kysely,
      { departmentId: department.id, companyId },
      { seed, departmentKey: department.name, from, days, ordersPerDay, refs },
    );
    total += result.accepted;
    const seconds = (Date.now() - t0) / 1000;
    console.log(
      `  ${department.name}: ${result.accepted} new orders, ${result.duplicates} already there, ` +
        `${result.cashMovements} cash movements (${Math.round(result.accepted / Math.max(seconds, 0.001))} orders/s)`,
    );
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(`Done: ${total} orders in ${seconds.toFixed(1)} s (${db.dialect}).`);
} finally {
  await db.destroy();
}
