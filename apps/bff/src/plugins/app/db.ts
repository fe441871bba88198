import { createDb, migrateToLatest, type Database, type Db, type Kysely } from '@qo/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** The query builder; pass it (or a transaction) to @qo/db repositories. */
    db: Kysely<Database>;
    dbHandle: Db;
  }
}

/** Opens the database, brings the schema up to date, closes it with the app. */
export default fp(
  async (app, options: { databaseUrl: string | undefined; dataDir: string }) => {
    const handle = createDb({
      databaseUrl: options.databaseUrl,
      dataDir: options.dataDir,
      onIdleConnectionError: (error) =>
        app.log.warn({ err: error }, 'PostgreSQL ended an idle connection; the pool opens a new one'),
    });
    const result = await migrateToLatest(handle.kysely);
    // One entry for the lot: a first start applies every migration, and the start banner comes after.
    const applied = (result.results ?? []).map((r) => r.migrationName);
    const names = applied.length > 3 ? `${applied[0]} … ${applied.at(-1)}` : applied.join(', ');
    if (applied.length > 0) app.log.info(`migrations applied: ${names} (${applied.length})`);
    app.decorate('db', handle.kysely);
    app.decorate('dbHandle', handle);
    app.addHook('onClose', async () => handle.destroy());
  },
  { name: 'db' },
);
