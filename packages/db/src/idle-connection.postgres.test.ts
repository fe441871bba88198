import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createDb } from './create-db';
import { createTestDatabase, type TestDatabase } from './testing/postgres';

/*
 * PostgreSQL may end a connection that sits idle in the pool (a restart, a failover, an
 * administrator's terminate). The process must live on: the pool reports it, drops the connection,
 * and the next query opens a new one.
 */

let target: TestDatabase;
beforeAll(async () => {
  target = await createTestDatabase(inject('postgresAdminUrl'), 'qo_idle');
});
afterAll(() => target?.drop());

describe('an idle pooled connection ended by the server', () => {
  it('is reported, not thrown, and the next query runs on a new connection', async () => {
    const heard: Error[] = [];
    const db = createDb({ databaseUrl: target.url, onIdleConnectionError: (e) => heard.push(e) });
    try {
      const first = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
      const pid = first.rows[0]!.pid;

      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      try {
        await admin.query('select pg_terminate_backend($1)', [pid]);
      } finally {
        await admin.end();
      }
      await expect.poll(() => heard.length, { timeout: 30_000 }).toBe(1);
      expect(heard[0]!.message).toMatch(/terminating connection/);

      const next = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db.kysely);
      expect(next.rows[0]!.pid).not.toBe(pid);
    } finally {
      await db.destroy();
    }
  });
});
