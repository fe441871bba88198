import { defineConfig } from 'vitest/config';
import { postgresProject } from './src/testing/vitest-projects.ts';

/*
 * Every test on SQLite; the database tests once more on PostgreSQL (a throwaway server, see
 * src/testing/postgres.ts). SKIP_POSTGRES_TESTS=1 leaves the PostgreSQL project out.
 */
/** Tests of PostgreSQL-only helpers (e.g. copying a SQLite dataset into PostgreSQL). */
const postgresOnly = 'src/**/*.postgres.test.ts';

export default defineConfig({
  test: {
    // Explicit and generous: a test file creates and migrates its own database (on PostgreSQL a
    // server is started for the run), which on a busy machine takes well over vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'sqlite', exclude: ['**/node_modules/**', postgresOnly] } },
      ...postgresProject({ include: ['src/**/*.test.ts'], exclude: ['src/repositories/pos-ids.test.ts'] }),
    ],
  },
});
