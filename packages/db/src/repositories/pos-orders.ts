import { CompiledQuery, PostgresAdapter, sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type {
  CashMovementKindColumn,
  CashMovementsTable,
  Database,
  OrderLinesTable,
  OrderPaymentsTable,
  OrdersTable,
  OrderTypeColumn,
  PosHourLineTotalsTable,
  PosHourPaymentTotalsTable,
} from '../schema/index';
import { toDbInstant } from '../util';
import { HOUR_LENGTH } from './pos-hours';
import { newPosRowId } from './pos-ids';

/** An order that has passed ingest validation, amounts already computed. */
export interface NewPosOrder {
  posId: string;
  /** ISO-8601 UTC text. */
  closedAt: string;
  orderType: OrderTypeColumn;
  /** customers.id, not the POS's customer id. */
  customerId: string | null;
  total: number;
  rounding: number;
  tips: number;
  contentHash: string;
  lines: {
    productTypeId: string;
    description: string;
    quantity: number;
    unitPrice: number;
    discount: number;
    vatRate: number;
    total: number;
  }[];
  payments: { paymentTypeId: string; amount: number; tip: number }[];
}

export interface NewCashMovement {
  posId: string;
  /** ISO-8601 UTC text. */
  at: string;
  kind: CashMovementKindColumn;
  amount: number;
  note: string;
  contentHash: string;
}

/** inserted: stored now; duplicate: stored before with the same content; conflict: stored before with other content (kept). */
export type PosInsertOutcome = 'inserted' | 'duplicate' | 'conflict';

export interface PosBatchOutcome {
  orders: PosInsertOutcome[];
  cashMovements: PosInsertOutcome[];
}

/**
 * Stores a batch in one transaction: the POS ingest route and the demo generator both come here.
 * Outcomes are in input order. An id already stored (or earlier in the same batch) is never
 * overwritten; its content hash tells a harmless resend from a conflict.
 */
export function insertPosBatch(
  db: Kysely<Database>,
  departmentId: string,
  batch: { orders: readonly NewPosOrder[]; cashMovements: readonly NewCashMovement[] },
): Promise<PosBatchOutcome> {
  return db.transaction().execute(async (trx) => ({
    orders: await insertOrders(trx, departmentId, batch.orders),
    cashMovements: await insertCashMovements(trx, departmentId, batch.cashMovements),
  }));
}

/**
 * Rows per INSERT: few statements per batch, parameters far below SQLite's 32 766 and PostgreSQL's
 * 65 535, and few distinct statement sizes (each compiled once, see insertRows).
 */
const ROWS_PER_STATEMENT = 200;

/**
 * No lookup first: the INSERT's own conflict check (ON CONFLICT DO NOTHING RETURNING id) tells
 * which orders are new, and only the others (a resend, a conflict, an id twice in the batch: the
 * first is stored, the rest are judged against it) are read back to compare their content hash.
 * A batch of new orders, the usual case, costs no read at all.
 */
async function insertOrders(
  trx: Transaction<Database>,
  departmentId: string,
  orders: readonly NewPosOrder[],
) {
  const outcomes: PosInsertOutcome[] = [];
  if (orders.length === 0) return outcomes;
  const now = toDbInstant();
  const rows: Insertable<OrdersTable>[] = [];
  const lines: Insertable<OrderLinesTable>[] = [];
  const payments: Insertable<OrderPaymentsTable>[] = [];
  for (const order of orders) {
    const id = newPosRowId();
    rows.push({
      id,
      department_id: departmentId,
      pos_id: order.posId,
      closed_at: order.closedAt,
      order_type: order.orderType,
      customer_id: order.customerId,
      total: order.total,
      rounding: order.rounding,
      tips: order.tips,
      content_hash: order.contentHash,
      created_at: now,
      updated_at: now,
    });
    order.lines.forEach((l, lineNo) =>
      lines.push({
        order_id: id,
        line_no: lineNo,
        department_id: departmentId,
        closed_at: order.closedAt,
        product_type_id: l.productTypeId,
        description: l.description,
        quantity: l.quantity,
        unit_price: l.unitPrice,
        discount: l.discount,
        vat_rate: l.vatRate,
        total: l.total,
      }),
    );
    order.payments.forEach((p, lineNo) =>
      payments.push({
        order_id: id,
        line_no: lineNo,
        department_id: departmentId,
        closed_at: order.closedAt,
        payment_type_id: p.paymentTypeId,
        amount: p.amount,
        tip: p.tip,
      }),
    );
  }

  const insertedIds = new Set<string>();
  const done = await insertRows<{ id: string }>(trx, 'orders', rows, (chunk) =>
    trx
      .insertInto('orders')
      .values(chunk)
      .onConflict((oc) => oc.columns(['department_id', 'pos_id']).doNothing())
      .returning('id')
      .compile(),
  );
  for (const row of done) insertedIds.add(row.id);
  const allInserted = insertedIds.size === rows.length;
  const storedLines = allInserted ? lines : lines.filter((l) => insertedIds.has(l.order_id));
  const storedPayments = allInserted ? payments : payments.filter((p) => insertedIds.has(p.order_id));
  await insertRows(trx, 'order_lines', storedLines, (chunk) =>
    trx.insertInto('order_lines').values(chunk).compile(),
  );
  await insertRows(trx, 'order_payments', storedPayments, (chunk) =>
    trx.insertInto('order_payments').values(chunk).compile(),
  );
  await addToHourTotals(trx, departmentId, storedLines, storedPayments);
  const lost: number[] = [];
  rows.forEach((row, i) => {
    if (insertedIds.has(row.id as string)) outcomes.push('inserted');
    else {
      outcomes.push('duplicate');
      lost.push(i);
    }
  });
  if (lost.length > 0) {
    const hashes = new Map<string, string>();
    const posIds = [...new Set(lost.map((i) => orders[i]!.posId))];
    for (const chunk of chunks(posIds, ROWS_PER_STATEMENT)) {
      const stored = await trx
        .selectFrom('orders')
        .select(['pos_id', 'content_hash'])
        .where('department_id', '=', departmentId)
        .where('pos_id', 'in', chunk)
        .execute();
      for (const r of stored) hashes.set(r.pos_id, r.content_hash);
    }
    for (const i of lost)
      outcomes[i] = hashes.get(orders[i]!.posId) === orders[i]!.contentHash ? 'duplicate' : 'conflict';
  }
  return outcomes;
}

/**
 * Adds the stored lines and payments to the department's hour totals (pos_hour_*_totals), in the
 * transaction that stores them: the totals are exactly the sums of the stored rows, or neither is
 * written. Keys are upserted in sorted order, so concurrent batches (several BFF instances on
 * PostgreSQL) lock shared rows in the same order.
 */
async function addToHourTotals(
  trx: Transaction<Database>,
  departmentId: string,
  lines: readonly Insertable<OrderLinesTable>[],
  payments: readonly Insertable<OrderPaymentsTable>[],
): Promise<void> {
  const lineTotals = new Map<string, Insertable<PosHourLineTotalsTable>>();
  for (const l of lines) {
    const hour = l.closed_at.slice(0, HOUR_LENGTH);
    const key = `${hour}|${l.product_type_id}|${l.vat_rate}`;
    const sum = lineTotals.get(key);
    if (sum) sum.amount += l.total;
    else
      lineTotals.set(key, {
        department_id: departmentId,
        hour,
        product_type_id: l.product_type_id,
        vat_rate: l.vat_rate,
        amount: l.total,
      });
  }
  const paymentTotals = new Map<string, Insertable<PosHourPaymentTotalsTable>>();
  for (const p of payments) {
    const hour = p.closed_at.slice(0, HOUR_LENGTH);
    const key = `${hour}|${p.payment_type_id}`;
    const sum = paymentTotals.get(key);
    if (sum) {
      sum.amount += p.amount;
      sum.tip += p.tip;
      sum.payments += 1;
    } else
      paymentTotals.set(key, {
        department_id: departmentId,
        hour,
        payment_type_id: p.payment_type_id,
        amount: p.amount,
        tip: p.tip,
        payments: 1,
      });
  }
  const sorted = <T>(m: Map<string, T>) => [...m.keys()].sort().map((k) => m.get(k)!);
  await insertRows(trx, 'pos_hour_line_totals', sorted(lineTotals), (chunk) =>
    trx
      .insertInto('pos_hour_line_totals')
      .values(chunk)
      .onConflict((oc) =>
        oc
          .columns(['department_id', 'hour', 'product_type_id', 'vat_rate'])
          .doUpdateSet({ amount: sql`pos_hour_line_totals.amount + excluded.amount` }),
      )
      .compile(),
  );
  await insertRows(trx, 'pos_hour_payment_totals', sorted(paymentTotals), (chunk) =>
    trx
      .insertInto('pos_hour_payment_totals')
      .values(chunk)
      .onConflict((oc) =>
        oc.columns(['department_id', 'hour', 'payment_type_id']).doUpdateSet({
          amount: sql`pos_hour_payment_totals.amount + excluded.amount`,
          tip: sql`pos_hour_payment_totals.tip + excluded.tip`,
          payments: sql`pos_hour_payment_totals.payments + excluded.payments`,
        }),
      )
      .compile(),
  );
}

async function insertCashMovements(
  trx: Transaction<Database>,
  departmentId: string,
  movements: readonly NewCashMovement[],
) {
  const { outcomes, fresh } = await classify(movements, (posIds) =>
    trx
      .selectFrom('cash_movements')
      .select(['pos_id', 'content_hash'])
      .where('department_id', '=', departmentId)
      .where('pos_id', 'in', posIds)
      .execute(),
  );
  const now = toDbInstant();
  const rows: Insertable<CashMovementsTable>[] = fresh.map((i) => {
    const m = movements[i]!;
    return {
      id: newPosRowId(),
      department_id: departmentId,
      pos_id: m.posId,
      at: m.at,
      kind: m.kind,
      amount: m.amount,
      note: m.note,
      content_hash: m.contentHash,
      created_at: now,
    };
  });
  await insertRows(trx, 'cash_movements', rows, (chunk) =>
    trx.insertInto('cash_movements').values(chunk).compile(),
  );
  return outcomes;
}

/**
 * Sorts a batch into already-stored (duplicate or conflict) and fresh items; of several items with
 * the same id in one batch only the first can be fresh, the rest are judged against it.
 */
async function classify(
  items: readonly { posId: string; contentHash: string }[],
  findStored: (posIds: string[]) => Promise<{ pos_id: string; content_hash: string }[]>,
): Promise<{ outcomes: PosInsertOutcome[]; fresh: number[] }> {
  const known = new Map<string, string>();
  const posIds = [...new Set(items.map((i) => i.posId))];
  for (const chunk of chunks(posIds, ROWS_PER_STATEMENT)) {
    for (const row of await findStored(chunk)) known.set(row.pos_id, row.content_hash);
  }
  const outcomes: PosInsertOutcome[] = [];
  const fresh: number[] = [];
  items.forEach((item, index) => {
    const hash = known.get(item.posId);
    if (hash === undefined) {
      known.set(item.posId, item.contentHash);
      outcomes.push('inserted');
      fresh.push(index);
    } else {
      outcomes.push(hash === item.contentHash ? 'duplicate' : 'conflict');
    }
  });
  return { outcomes, fresh };
}

/*
 * Compiling a multi-row INSERT costs more than running it (Kysely rebuilds the whole tree per
 * row and value), so each statement's text is compiled once and reused with the rows' values in
 * column order; the first compile of each shape checks that its parameters are exactly those.
 *
 * SQLite: multi-row VALUES, ROWS_PER_STATEMENT rows each (the text depends on the row count).
 * PostgreSQL: all rows in one statement whose rows come from one array per column
 * (`select * from unnest($1::text[], …)`): a handful of parameters however many rows, where a
 * VALUES list of thousands of parameters spent most of the ingest's time being parsed and planned.
 * The statement's shape (columns, ON CONFLICT, RETURNING) is Kysely's in both.
 */
const sqlCache = new WeakMap<object, Map<string, string>>();

type PgType = 'text' | 'int4' | 'int8';

/** Column types of the tables the ingest writes, for PostgreSQL's typed arrays. */
const PG_COLUMNS: { [T in keyof Database]?: Record<string, PgType> } = {
  orders: {
    id: 'text',
    department_id: 'text',
    pos_id: 'text',
    closed_at: 'text',
    order_type: 'text',
    customer_id: 'text',
    total: 'int8',
    rounding: 'int4',
    tips: 'int8',
    content_hash: 'text',
    created_at: 'text',
    updated_at: 'text',
  } satisfies Record<keyof OrdersTable, PgType>,
  order_lines: {
    order_id: 'text',
    line_no: 'int4',
    department_id: 'text',
    closed_at: 'text',
    product_type_id: 'text',
    description: 'text',
    quantity: 'int4',
    unit_price: 'int8',
    discount: 'int8',
    vat_rate: 'int4',
    total: 'int8',
  } satisfies Record<keyof OrderLinesTable, PgType>,
  order_payments: {
    order_id: 'text',
    line_no: 'int4',
    department_id: 'text',
    closed_at: 'text',
    payment_type_id: 'text',
    amount: 'int8',
    tip: 'int8',
  } satisfies Record<keyof OrderPaymentsTable, PgType>,
  cash_movements: {
    id: 'text',
    department_id: 'text',
    pos_id: 'text',
    at: 'text',
    kind: 'text',
    amount: 'int8',
    note: 'text',
    content_hash: 'text',
    created_at: 'text',
  } satisfies Record<keyof CashMovementsTable, PgType>,
  pos_hour_line_totals: {
    department_id: 'text',
    hour: 'text',
    product_type_id: 'text',
    vat_rate: 'int4',
    amount: 'int8',
  } satisfies Record<keyof PosHourLineTotalsTable, PgType>,
  pos_hour_payment_totals: {
    department_id: 'text',
    hour: 'text',
    payment_type_id: 'text',
    amount: 'int8',
    tip: 'int8',
    payments: 'int8',
  } satisfies Record<keyof PosHourPaymentTotalsTable, PgType>,
};

async function insertRows<R = unknown>(
  trx: Transaction<Database>,
  table: keyof Database,
  rows: readonly object[],
  compile: (chunk: never[]) => CompiledQuery,
): Promise<R[]> {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const valuesOf = (chunk: readonly object[]) =>
    chunk.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
  const adapter = trx.getExecutor().adapter;
  let cache = sqlCache.get(adapter);
  if (!cache) sqlCache.set(adapter, (cache = new Map()));
  const textFor = (chunk: readonly object[], parameters: readonly unknown[]) => {
    const key = `${table}:${columns.join(',')}:${chunk.length}`;
    let text = cache.get(key);
    if (text === undefined) {
      const compiled = compile(chunk as never[]);
      const same =
        compiled.parameters.length === parameters.length &&
        compiled.parameters.every((p, i) => p === parameters[i]);
      if (!same) throw new Error(`INSERT into ${table}: compiled parameters are not in column order`);
      text = compiled.sql;
      cache.set(key, text);
    }
    return text;
  };

  const types = PG_COLUMNS[table];
  if (adapter instanceof PostgresAdapter && types) {
    const one = rows.slice(0, 1);
    const arrays = columns.map((c) => rows.map((row) => (row as Record<string, unknown>)[c] ?? null));
    const text = textFor(one, valuesOf(one)).replace(/ values \(.*?\)(?= on conflict| returning|$)/s, () => {
      const list = columns.map((c, i) => {
        const type = types[c];
        if (!type) throw new Error(`INSERT into ${table}: no PostgreSQL type for column ${c}`);
        return `$${i + 1}::${type}[]`;
      });
      return ` select * from unnest(${list.join(', ')})`;
    });
    return (await trx.executeQuery<R>(CompiledQuery.raw(text, arrays))).rows;
  }

  const result: R[] = [];
  for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) {
    const parameters = valuesOf(chunk);
    result.push(
      ...(await trx.executeQuery<R>(CompiledQuery.raw(textFor(chunk, parameters), parameters))).rows,
    );
  }
  return result;
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
