import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres';
import type {} from './vitest-projects';

/*
 * Vitest globalSetup of the PostgreSQL test projects: one throwaway server for the whole run,
 * its admin URL handed to the tests (inject('postgresAdminUrl')), each of which creates its own
 * database. It fails the run when the server cannot be started; only SKIP_POSTGRES_TESTS=1 (read
 * by the vitest configs, which then leave the PostgreSQL project out) skips these tests.
 */

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const server = await startPostgres();
  console.log(`PostgreSQL test server on port ${server.port} (started in ${Date.now() - started} ms)`);
  project.provide('postgresAdminUrl', server.adminUrl);
  return () => server.stop();
}
