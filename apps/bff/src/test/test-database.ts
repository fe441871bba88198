import { createTestDatabase } from '@qo/db/testing/postgres';
import type {} from '@qo/db/testing/vitest-projects';
import { inject } from 'vitest';

/*
 * The database of one test app: nothing to add on SQLite (the app opens DATA_DIR), a fresh
 * PostgreSQL database in the `postgres` vitest project (see vitest.config.ts). Instances sharing
 * PostgreSQL must share their secrets, so fixed test ones come with the URL.
 */

export interface TestDatabaseEnv {
  /** Extra config env: DATABASE_URL, SESSION_SECRET and SECRETS_KEY on PostgreSQL, nothing on SQLite. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export async function testDatabaseEnv(): Promise<TestDatabaseEnv> {
  const adminUrl = inject('postgresAdminUrl');
  if (!adminUrl) return { env: {}, drop: async () => {} };
  const database = await createTestDatabase(adminUrl, 'qo_bff');
  return {
    env: {
      DATABASE_URL: database.url,
      SESSION_SECRET: 'test-session-secret-shared-by-every-instance',
      SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
    },
    drop: database.drop,
  };
}
