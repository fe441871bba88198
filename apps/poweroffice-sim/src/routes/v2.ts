import type { FastifyInstance } from 'fastify';
import type { SimContext } from '../context.js';
import { vatCodeRoutes } from './vat-codes.js';

/** The rest of the /v2 operations, registered inside the /v2 (and /Demo/v2) prefix. */
export function v2Routes(app: FastifyInstance, _ctx: SimContext): void {
  vatCodeRoutes(app);
}
