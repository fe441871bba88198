import { createHash, randomUUID } from 'node:crypto';
import type { PosOrderInput } from '@qo/contracts';
import type { Database } from 'better-sqlite3';
import { generateDemoDay, type DemoRefs } from '../../apps/bff/src/demo/generator';
import { createDb, sql } from '../../packages/db/src/index';
import { HttpError, type BffClient } from '../lib/http';
import { addDays } from '../lib/options';
import { ratio, type ResultRow } from '../lib/report';
import { measure, type Sample } from '../lib/stats';

/** Orders per POST /api/pos/orders: what a POS sends (and the demo generator uses). */
export const BATCH = 500;

/** The demo generator's ids of the company's product types, payment types and customers. */
function demoRefs(
  db: Database,
  companyId: string,
): { refs: DemoRefs; customerIdByExternal: Map<string, string> } {
  const productTypes = db
    .prepare('select id, name, kind from product_types where company_id = ?')
    .all(companyId) as { id: string; name: string; kind: string }[];
  const paymentTypes = db
    .prepare('select id, kind from payment_types where company_id = ?')
    .all(companyId) as { id: string; kind: string }[];
  const customers = db
    .prepare('select id, external_id from customers where company_id = ? order by external_id')
    .all(companyId) as { id: string; external_id: string }[];
  const product = (name: string) =>
    (productTypes.find((p) => p.name.toLowerCase() === name) ?? productTypes.find((p) => p.kind === 'sales'))!
      .id;
  const payment = (kind: string) => paymentTypes.find((p) => p.kind === kind)!.id;
  return {
    refs: {
      productTypes: {
        food: product('mat'),
        drinks: product('drikke'),
        alcohol: product('alkohol'),
        dessert: product('dessert'),
        giftCard: productTypes.find((p) => p.kind === 'gift_card')!.id,
      },
      paymentTypes: {
        cash: payment('cash'),
        card: payment('card'),
        mobile: payment('mobile'),
        giftCard: payment('gift_card'),
        credit: payment('credit'),
      },
      customerIds: customers.map((c) => c.external_id),
    },
    customerIdByExternal: new Map(customers.map((c) => [c.external_id, c.id])),
  };
}

/** `count` demo orders of the days after the dataset (new business days for the POS). */
function demoOrders(refs: DemoRefs, seed: number, firstDay: string, count: number): PosOrderInput[] {
  const orders: PosOrderInput[] = [];
  for (let d = 0; orders.length < count; d++) {
    orders.push(
      ...generateDemoDay({
        seed,
        departmentKey: 'bench-ingest',
        businessDay: addDays(firstDay, d),
        ordersPerDay: 500,
        refs,
      }).orders,
    );
  }
  return orders.slice(0, count);
}

export interface IngestContext {
  owner: BffClient;
  baseUrl: string;
  db: Database;
  companyId: string;
  seed: number;
  afterDay: string;
  batches: number;
  runs: number;
  /** Set when the BFF runs on PostgreSQL: the raw INSERTs then go to the same database. */
  databaseUrl?: string;
}

export async function runIngestCase(c: IngestContext): Promise<ResultRow[]> {
  const total = c.batches * BATCH;
  const { refs, customerIdByExternal } = demoRefs(c.db, c.companyId);
  const orders = demoOrders(refs, c.seed, addDays(c.afterDay, 1), total);

  let routeDept: { id: string };
  let token: string;
  try {
    routeDept = await c.owner.ok<{ id: string }>('POST', '/api/departments', {
      name: `Bench ingest ${Date.now()}`,
    });
    token = (
      await c.owner.ok<{ token: string }>('POST', `/api/departments/${routeDept.id}/pos-tokens`, {
        label: 'bench',
      })
    ).token;
  } catch (error) {
    const note =
      error instanceof HttpError && error.status === 404
        ? 'not available: POS token route missing'
        : `error: ${(error as Error).message}`;
    return [
      {
        case: 3,
        what: 'ingest',
        unit: 'orders/s',
        sample: null,
        goal: '≥ 3,000 and ≥ 0.25 × raw',
        met: null,
        note,
      },
    ];
  }
  const rawDept = await c.owner.ok<{ id: string }>('POST', '/api/departments', {
    name: `Bench raw ${Date.now()}`,
  });

  // Each run sends orders with new ids (a resend would only count duplicates); bodies are
  // serialised before the clock starts, as a POS has them ready.
  const bodiesFor = (run: number) => {
    const bodies: string[] = [];
    for (let i = 0; i < total; i += BATCH) {
      bodies.push(
        JSON.stringify({
          orders: orders.slice(i, i + BATCH).map((o) => ({ ...o, id: `R${run + 1}-${o.id}` })),
          cashMovements: [],
        }),
      );
    }
    return bodies;
  };
  const prepared = new Map<number, string[]>();
  for (let run = -1; run < c.runs; run++) prepared.set(run, bodiesFor(run));

  let rejected = 0;
  const route = await measure(c.runs, async (run) => {
    for (const body of prepared.get(run)!) {
      const res = await fetch(`${c.baseUrl}/api/pos/orders`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`POST /api/pos/orders → ${res.status} ${text.slice(0, 300)}`);
      const answer = JSON.parse(text) as { accepted: number };
      rejected += BATCH - answer.accepted;
    }
  });

  const raw = await rawInsert(c.db, rawDept.id, orders, customerIdByExternal, c.runs, c.databaseUrl);
  const perSecond = (s: Sample): Sample => ({
    median: total / (s.median / 1000),
    min: total / (s.max / 1000),
    max: total / (s.min / 1000),
    runs: s.runs.map((ms) => total / (ms / 1000)),
  });
  const routeRate = perSecond(route);
  const rawRate = perSecond(raw);
  const share = ratio(routeRate, rawRate);
  return [
    {
      case: 3,
      what: `ingest: POST /api/pos/orders, ${c.batches} × ${BATCH}${rejected ? ` (${rejected} not accepted!)` : ''}`,
      unit: 'orders/s',
      sample: routeRate,
      goal: '≥ 3,000',
      met: routeRate.median >= 3000 && rejected === 0,
    },
    {
      case: 3,
      what: `ingest: raw INSERTs, one transaction`,
      unit: 'orders/s',
      sample: rawRate,
      goal: '',
      met: null,
    },
    {
      case: 3,
      what: 'ingest: route ÷ raw',
      unit: '×',
      sample: share,
      goal: '≥ 0.25',
      met: share.median >= 0.25,
    },
  ];
}

/**
 * The same orders straight into the tables, with prepared single-row INSERTs in one transaction:
 * the rows (ids, totals, hashes) are computed before the clock starts, so only storing is timed.
 */
async function rawInsert(
  db: Database,
  departmentId: string,
  orders: readonly PosOrderInput[],
  customers: Map<string, string>,
  runs: number,
  databaseUrl?: string,
): Promise<Sample> {
  const insertOrder = db.prepare(
    `insert into orders (id, department_id, pos_id, closed_at, order_type, customer_id, total, rounding, tips, content_hash, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = db.prepare(
    `insert into order_lines (order_id, line_no, department_id, closed_at, product_type_id, description, quantity, unit_price, discount, vat_rate, total)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = db.prepare(
    `insert into order_payments (order_id, line_no, department_id, closed_at, payment_type_id, amount, tip) values (?, ?, ?, ?, ?, ?, ?)`,
  );
  const rowsFor = (run: number) => {
    const now = new Date().toISOString();
    return orders.map((o) => {
      const id = randomUUID();
      const closedAt = new Date(o.closedAt).toISOString();
      const lines = o.lines.map((l, i) => {
        const quantity = l.quantity ?? 1;
        const discount = l.discount ?? 0;
        return [
          id,
          i,
          departmentId,
          closedAt,
          l.productTypeId,
          l.description ?? '',
          quantity,
          l.unitPrice,
          discount,
          l.vatRate,
          quantity * l.unitPrice - discount,
        ] as const;
      });
      const total = lines.reduce((s, l) => s + l[10], 0);
      const tips = o.payments.reduce((s, p) => s + (p.tip ?? 0), 0);
      const paid = o.payments.reduce((s, p) => s + p.amount, 0) - tips;
      const hash = createHash('sha256').update(JSON.stringify(o)).digest('hex');
      const customerId = o.customerId ? (customers.get(o.customerId) ?? null) : null;
      return {
        order: [
          id,
          departmentId,
          `RAW${run + 1}-${o.id}`,
          closedAt,
          o.orderType,
          customerId,
          total,
          paid - total,
          tips,
          hash,
          now,
          now,
        ] as const,
        lines,
        payments: o.payments.map(
          (p, i) => [id, i, departmentId, closedAt, p.paymentTypeId, p.amount, p.tip ?? 0] as const,
        ),
      };
    });
  };
  const store = db.transaction((rows: ReturnType<typeof rowsFor>) => {
    for (const r of rows) {
      insertOrder.run(...r.order);
      for (const l of r.lines) insertLine.run(...l);
      for (const p of r.payments) insertPayment.run(...p);
    }
  });
  const prepared = new Map<number, ReturnType<typeof rowsFor>>();
  for (let run = -1; run < runs; run++) prepared.set(run, rowsFor(run));
  if (databaseUrl) return rawInsertPostgres(databaseUrl, prepared, runs);
  return measure(runs, (run) => store(prepared.get(run)!));
}

type RawRows = {
  order: readonly unknown[];
  lines: readonly (readonly unknown[])[];
  payments: readonly (readonly unknown[])[];
}[];

/** The same single-row INSERTs in one transaction on PostgreSQL (one round trip per row, as the SQLite ones are one call each). */
async function rawInsertPostgres(
  databaseUrl: string,
  prepared: Map<number, RawRows>,
  runs: number,
): Promise<Sample> {
  const pg = createDb({ databaseUrl, maxConnections: 1 });
  const values = (row: readonly unknown[]) => sql.join(row.map((v) => sql`${v}`));
  try {
    return await measure(runs, (run) =>
      pg.kysely.transaction().execute(async (trx) => {
        for (const r of prepared.get(run)!) {
          await sql`insert into orders (id, department_id, pos_id, closed_at, order_type, customer_id, total, rounding, tips, content_hash, created_at, updated_at)
            values (${values(r.order)})`.execute(trx);
          for (const l of r.lines) {
            await sql`insert into order_lines (order_id, line_no, department_id, closed_at, product_type_id, description, quantity, unit_price, discount, vat_rate, total)
              values (${values(l)})`.execute(trx);
          }
          for (const p of r.payments) {
            await sql`insert into order_payments (order_id, line_no, department_id, closed_at, payment_type_id, amount, tip) values (${values(p)})`.execute(
              trx,
            );
          }
        }
      }),
    );
  } finally {
    await pg.destroy();
  }
}
