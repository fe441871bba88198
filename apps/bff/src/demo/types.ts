import type { Database, Kysely } from '@qo/db';

/** What the foundation seed created, for later seed steps (e.g. generated POS sales) to build on. */
export interface DemoSeed {
  companyId: string;
  departments: { id: string; name: string; businessDayStart: string }[];
  users: { id: string; email: string; role: 'owner' | 'accountant' | 'staff' }[];
  productTypes: { id: string; name: string; kind: 'sales' | 'gift_card' }[];
  paymentTypes: { id: string; name: string; kind: string }[];
  customers: { id: string; externalId: string; name: string }[];
}

export interface DemoLog {
  info(message: string): void;
}

/** One step of the demo seed after the foundation; runs once, on an empty database or at reset. */
export type DemoSeedStep = (db: Kysely<Database>, seed: DemoSeed, log: DemoLog) => Promise<void>;
