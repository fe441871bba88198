import { addDays, osloToday } from './generator-time';
import { demoRefsFrom, fillDemoDepartment } from './generator-store';
import type { DemoSeedStep } from './types';

export const DEMO_SALES_SEED = 42;
export const DEMO_SALES_DAYS = 92;
// Modest on purpose: every BFF test file seeds the demo; the CLI makes the big data sets.
export const DEMO_SALES_ORDERS_PER_DAY = 40;

/**
 * Demo seed step: about three months of sales, up to yesterday, for every demo department.
 * Keyed by department name, so a reset gives the same orders again.
 */
export const seedDemoSales: DemoSeedStep = async (db, seed, log) => {
  const started = Date.now();
  const refs = demoRefsFrom(
    seed.productTypes,
    seed.paymentTypes,
    seed.customers.map((c) => c.externalId),
  );
  const from = addDays(osloToday(), -DEMO_SALES_DAYS);
  let orders = 0;
  for (const department of seed.departments) {
    const result = await fillDemoDepartment(
      db,
      { departmentId: department.id, companyId: seed.companyId },
      {
        seed: DEMO_SALES_SEED,
        departmentKey: department.name,
        from,
        days: DEMO_SALES_DAYS,
        ordersPerDay: DEMO_SALES_ORDERS_PER_DAY,
        refs,
      },
    );
    orders += result.accepted;
  }
  log.info(
    `demo sales: ${orders} orders from ${from}, ${DEMO_SALES_DAYS} days, in ${Date.now() - started} ms`,
  );
};
