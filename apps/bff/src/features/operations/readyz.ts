import { pendingMigrations, sql } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** A database that does not answer within this is "unreachable" for readiness. */
const DATABASE_CHECK_MS = 2_000;

const checkSchema = z.enum(['ok', 'failed']);
const readinessSchema = z.object({
  status: z.enum(['ready', 'unready']),
  checks: z.object({ database: checkSchema, migrations: checkSchema, shutdown: checkSchema }),
});

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Readiness: 200 when this instance should get traffic: the database answers, every migration
 * this code knows has run, and no shutdown has begun; else 503 naming the failed checks.
 */
const readyzRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: database reachable, migrations applied, not shutting down',
        response: { 200: readinessSchema, 503: readinessSchema },
      },
    },
    async (request, reply) => {
      const shutdown = app.lifecycle.stopping ? 'failed' : 'ok';
      let database: 'ok' | 'failed' = 'ok';
      let migrations: 'ok' | 'failed' = 'ok';
      if (shutdown === 'ok') {
        try {
          await within(sql`select 1`.execute(app.db), DATABASE_CHECK_MS);
          const pending = await within(pendingMigrations(app.db), DATABASE_CHECK_MS);
          if (pending.length > 0) {
            migrations = 'failed';
            request.log.warn({ pending }, 'readiness: migrations not applied');
          }
        } catch (error) {
          database = 'failed';
          migrations = 'failed';
          request.log.warn({ err: error }, 'readiness: database unreachable');
        }
      }
      const ready = shutdown === 'ok' && database === 'ok' && migrations === 'ok';
      return reply
        .code(ready ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status: ready ? 'ready' : 'unready', checks: { database, migrations, shutdown } });
    },
  );
};

export default readyzRoute;
