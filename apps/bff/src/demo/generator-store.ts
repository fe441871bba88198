import type { PosCashMovementInput, PosOrderInput } from '@qo/contracts';
import type { Database, Kysely } from '@qo/db';
import { ingestPosBatch, type PosTarget } from '../services/pos/ingest';
import { generateDemoDays, type DemoRefs } from './generator';

/** Orders per ingest call: the size a POS sends and the benchmark measures. */
const BATCH = 500;

export interface DemoFillOptions {
  seed: number;
  departmentKey: string;
  from: string;
  days: number;
  ordersPerDay: number;
  refs: DemoRefs;
}

export interface DemoFillResult {
  accepted: number;
  duplicates: number;
  cashMovements: number;
}

/**
 * Generates and stores a department's demo days through the ingest path of POST /api/pos/orders
 * (same checks, same storage). A rejection means the generator made an invalid order: a bug, so it throws.
 */
export async function fillDemoDepartment(
  db: Kysely<Database>,
  target: PosTarget,
  options: DemoFillOptions,
): Promise<DemoFillResult> {
  const result: DemoFillResult = { accepted: 0, duplicates: 0, cashMovements: 0 };
  // Days are gathered into batches of about BATCH orders: one transaction per batch, as from a POS.
  let orders: PosOrderInput[] = [];
  let cashMovements: PosCashMovementInput[] = [];
  const flush = async () => {
    const response = await ingestPosBatch(db, target, { orders, cashMovements });
    const rejected = [...response.rejected, ...response.cashMovements.rejected];
    if (rejected.length > 0)
      throw new Error(`demo generator made invalid data: ${JSON.stringify(rejected.slice(0, 3))}`);
    result.accepted += response.accepted;
    result.duplicates += response.duplicates;
    result.cashMovements += response.cashMovements.accepted;
    orders = [];
    cashMovements = [];
  };
  for (const day of generateDemoDays(options)) {
    for (let i = 0; i < day.orders.length; i += BATCH) {
      orders.push(...day.orders.slice(i, i + BATCH));
      if (orders.length >= BATCH) await flush();
    }
    cashMovements.push(...day.cashMovements);
  }
  if (orders.length > 0 || cashMovements.length > 0) await flush();
  return result;
}

/** The demo refs from a company's rows: product types by name, payment types by kind. */
export function demoRefsFrom(
  productTypes: readonly { id: string; name: string; kind: string }[],
  paymentTypes: readonly { id: string; kind: string }[],
  customerIds: readonly string[],
): DemoRefs {
  const productType = (names: string[], kind = 'sales') => {
    const byName = productTypes.find((p) => names.includes(p.name.toLowerCase()));
    const found = byName ?? productTypes.find((p) => p.kind === kind);
    if (!found) throw new Error(`the company has no product type ${names[0]} (${kind})`);
    return found.id;
  };
  const paymentType = (kind: string) => {
    const found = paymentTypes.find((p) => p.kind === kind);
    if (!found) throw new Error(`the company has no payment type of kind ${kind}`);
    return found.id;
  };
  return {
    productTypes: {
      food: productType(['mat', 'food']),
      drinks: productType(['drikke', 'drinks']),
      alcohol: productType(['alkohol', 'alcohol']),
      dessert: productType(['dessert', 'mat', 'food']),
      giftCard: productType(['gavekort', 'gift card'], 'gift_card'),
    },
    paymentTypes: {
      cash: paymentType('cash'),
      card: paymentType('card'),
      mobile: paymentType('mobile'),
      giftCard: paymentType('gift_card'),
      credit: paymentType('credit'),
    },
    customerIds,
  };
}
