import Fastify, { type FastifyInstance } from 'fastify';
import { adminRoutes } from './admin/routes.js';
import type { SimContext, SimulatorOptions } from './context.js';
import { registerBearerAuth } from './http/auth.js';
import { registerGateway } from './http/gateway.js';
import { problem, sendProblem } from './http/problem.js';
import { registerDateTimeFault } from './http/date-time-fault.js';
import { registerRequestValidation } from './http/request-validation.js';
import { clientIntegrationInformationRoutes } from './routes/client-integration-information.js';
import { generalLedgerAccountRoutes } from './routes/general-ledger-accounts.js';
import { tokenRoutes } from './routes/token.js';
import { v2Routes } from './routes/v2.js';
import { createRandom } from './seed/customers.js';
import { SimStore } from './state/store.js';

/** Builds a simulator of the PowerOffice GO v2 subset the product uses. Call `listen` or `inject`. */
export async function buildSimulator(options: SimulatorOptions = {}): Promise<FastifyInstance> {
  const seed = options.seed ?? 1;
  const ctx: SimContext = {
    store: new SimStore(seed),
    rateLimitPerSecond: options.rateLimitPerSecond ?? 10,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 1200,
    now: options.now ?? (() => new Date()),
    random: createRandom(seed),
  };

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 10 * 1024 * 1024 });

  // The token endpoint takes a form body; PowerOffice also accepts these JSON media types.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addContentTypeParser(
    ['application/json-patch+json', 'text/json', 'application/*+json'],
    { parseAs: 'string' },
    (_req, body, done) => {
      try {
        done(null, (body as string) === '' ? undefined : JSON.parse(body as string));
      } catch (error) {
        done(error as Error, undefined);
      }
    },
  );

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    return sendProblem(
      reply,
      problem(
        status,
        status === 400
          ? 'One or more validation errors occurred.'
          : 'An error occurred while processing your request.',
        error.message,
      ),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      reply,
      problem(404, 'Not Found', `No route for ${request.method} ${request.url.split('?')[0]}.`),
    ),
  );

  registerGateway(app, ctx);
  registerBearerAuth(app, ctx);
  registerRequestValidation(app);
  registerDateTimeFault(app, ctx);
  app.addHook('onClose', async () => {
    for (const timer of ctx.store.pendingReversals) clearTimeout(timer);
    ctx.store.pendingReversals.clear();
  });
  tokenRoutes(app, ctx);
  adminRoutes(app, ctx);
  // Production path and the demo environment's path, as PowerOffice serves both.
  for (const prefix of ['/v2', '/Demo/v2']) {
    await app.register(
      async (scope) => {
        clientIntegrationInformationRoutes(scope);
        generalLedgerAccountRoutes(scope);
        v2Routes(scope, ctx);
      },
      { prefix },
    );
  }
  return app;
}
