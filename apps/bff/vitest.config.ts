// By path, not by package name: the config loader bundles relative TypeScript only.
import { postgresProject } from '../../packages/db/src/testing/vitest-projects.ts';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/*
 * Every test on SQLite; the database-heavy ones (POS ingest, export incl. resume, overlapping
 * transfers and the day's claim, the sales-order outbox, two instances on one database) once more
 * on PostgreSQL, on a throwaway server (packages/db/src/testing/postgres.ts). SKIP_POSTGRES_TESTS=1 leaves them out.
 */
const multiInstance = 'src/**/*.multi-instance.test.ts';

export default defineConfig({
  test: {
    // Explicit and generous: these tests start real servers (the simulator, PostgreSQL databases, the
    // app with its migrations) and wait for background transfers; on a busy machine that takes a
    // while. Waits inside a test have their own deadlines, naming what they wait for.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // These files mostly wait (on servers, retries' backoff, background transfers), not compute: on
    // 2 cores three workers take the BFF's tests from about 490 s to 205 s, and to 294 s beside two
    // busy loops, where vitest's default (one worker fewer than the cores) gives one
    // (docs/performance.md, "The test suite's own time"). More cores, more workers, as by default.
    maxWorkers: Math.max(3, availableParallelism() - 1),
    projects: [
      // Several instances on one database is the PostgreSQL deployment; SQLite is one process.
      { extends: true, test: { name: 'sqlite', exclude: ['**/node_modules/**', multiInstance] } },
      ...postgresProject({
        include: [
          'src/features/pos/pos.test.ts',
          'src/features/pos/pos-ingest-strict.test.ts',
          'src/write-routes.fuzz.test.ts',
          'src/features/export/export.test.ts',
          'src/features/export/export-resume.test.ts',
          'src/features/export/export-day-claim.test.ts',
          'src/features/export/export-documentation.test.ts',
          'src/features/invoicing/invoicing.test.ts',
          'src/features/export/export-retry.test.ts',
          'src/features/alerts/alerts-mail.test.ts',
          'src/features/alerts/alerts-outbox.test.ts',
          'src/services/problems/problems.test.ts',
          'src/features/overview/overview.test.ts',
          'src/features/reconciliation/reconciliation.test.ts',
          'src/features/export/export-reversal-numbers.test.ts',
          'src/features/export/export-files.test.ts',
          multiInstance,
        ],
      }),
    ],
  },
});
