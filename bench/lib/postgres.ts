import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copySqliteToPostgres } from '../../packages/db/src/testing/copy-to-postgres';
import { createTestDatabase, startPostgres } from '../../packages/db/src/testing/postgres';

/*
 * `--database postgres`: a throwaway PostgreSQL server (as the PostgreSQL tests start it; Debian's
 * package is installed when missing; but crash-safe: fsync and full-page writes on), one database holding a copy of the run's working copy of the
 * dataset, and the env that points the BFF at it. Stopped and deleted at the end of the run.
 */

export interface BenchPostgres {
  /** DATABASE_URL, SESSION_SECRET and SECRETS_KEY for the BFF. */
  env: Record<string, string>;
  copySeconds: number;
  stop(): Promise<void>;
}

export async function startBenchPostgres(
  workDir: string,
  log: (message: string) => void,
): Promise<BenchPostgres> {
  const server = await startPostgres({ durable: true });
  try {
    const database = await createTestDatabase(server.adminUrl, 'qo_bench');
    log(`PostgreSQL on port ${server.port}: copying the dataset into ${database.name}`);
    const copy = await copySqliteToPostgres(workDir, database.url, log);
    // The dataset's own secrets when it has them (as the SQLite run uses), else fresh ones.
    const file = join(workDir, 'secrets.json');
    const secrets = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>)
      : {};
    return {
      env: {
        DATABASE_URL: database.url,
        SESSION_SECRET: secrets.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
        SECRETS_KEY: secrets.SECRETS_KEY ?? randomBytes(32).toString('base64'),
      },
      copySeconds: copy.seconds,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
