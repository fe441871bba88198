import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

/** Not global: routes opt in with `config: { rateLimit: {...} }` (login does, per IP). */
export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false });
  },
  { name: 'rate-limit' },
);
