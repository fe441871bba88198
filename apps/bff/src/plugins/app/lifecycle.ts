import fp from 'fastify-plugin';

/*
 * Where the process is in its life. A shutdown (SIGTERM/SIGINT, see server.ts, or app.close())
 * first marks it stopping: /readyz answers 503 so load balancers send no more traffic, and the
 * background jobs take no new work (see stopTakingWork in shutdown.ts).
 */
export interface Lifecycle {
  stopping: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

export default fp(
  async (app) => {
    const lifecycle: Lifecycle = { stopping: false };
    app.decorate('lifecycle', lifecycle);
    app.addHook('preClose', async () => {
      lifecycle.stopping = true;
    });
  },
  { name: 'lifecycle' },
);
