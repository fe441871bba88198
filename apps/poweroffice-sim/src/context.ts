import type { FastifyServerOptions } from 'fastify';
import type { SimStore } from './state/store.js';

export interface SimulatorOptions {
  /** Requests per second per subscription key before 429 (PowerOffice's default product: 10). */
  rateLimitPerSecond?: number;
  /** Access-token lifetime; PowerOffice v2 issues 20-minute tokens. */
  tokenLifetimeSeconds?: number;
  /** Clock for token expiry, voucher timestamps and "today"; tests move it forward. */
  now?: () => Date;
  /** Varies the generated demo data (customers); the same seed always gives the same data. */
  seed?: number;
  /** Fastify logger options (off by default; server.ts turns it on). */
  logger?: FastifyServerOptions['logger'];
}

/** What every route needs: the state and the resolved options. */
export interface SimContext {
  store: SimStore;
  rateLimitPerSecond: number;
  tokenLifetimeSeconds: number;
  now: () => Date;
  random: () => number;
}
