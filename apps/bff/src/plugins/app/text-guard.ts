import { unstorableTextErrors } from '@qo/contracts';
import fp from 'fastify-plugin';
import { AppError } from '../../lib/app-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks text a database cannot store itself, item by item (POS ingest: one bad order
     * must not cost its batch-mates), so the request-wide guard below leaves it alone.
     */
    textCheckedPerItem?: boolean;
  }
}

/*
 * Every request's path parameters, query and body are searched for text the databases cannot keep
 * (a NUL, which PostgreSQL refuses with a 500, or a lone surrogate, which would be stored changed)
 * before the schema runs: a 400 with one field error per such value, the same on SQLite and
 * PostgreSQL, for every route including those added later.
 */
export default fp(
  async (app) => {
    app.addHook('preValidation', async (request) => {
      if (request.routeOptions.config.textCheckedPerItem) return;
      const errors = [
        ...unstorableTextErrors(request.params),
        ...unstorableTextErrors(request.query),
        ...unstorableTextErrors(request.body),
      ];
      if (errors.length > 0) {
        throw new AppError('validation_failed', 'Forespørselen har tekst som ikke kan lagres', { errors });
      }
    });
  },
  { name: 'text-guard' },
);
