import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';

/** Parses cookies; session and CSRF cookies are set in lib/sessions.ts. */
export default fp(
  async (app) => {
    await app.register(cookie);
  },
  { name: 'cookie' },
);
