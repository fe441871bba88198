import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/*
 * A throwaway PostgreSQL server for tests and benchmarks: a fresh cluster in a temp directory,
 * trust auth on loopback only, a free port, stopped and deleted by `stop()`. PostgreSQL refuses to
 * run as root, so as root the cluster belongs to the `postgres` OS user the Debian package creates.
 * When the server binaries are missing it installs Debian's package (root, or passwordless sudo).
 */

export interface PostgresServer {
  /** Superuser URL of the `postgres` maintenance database (create test databases from here). */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface TestDatabase {
  /** URL of the fresh, empty database. */
  url: string;
  name: string;
  /** Drops the database (closing its remaining connections). */
  drop(): Promise<void>;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';

/** The directory holding initdb and pg_ctl: Debian's newest version, else whatever is on PATH. */
export function findPostgresBinDir(): string | undefined {
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter(
        (v) =>
          existsSync(join(DEBIAN_ROOT, v, 'bin', 'pg_ctl')) &&
          existsSync(join(DEBIAN_ROOT, v, 'bin', 'initdb')),
      )
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(DEBIAN_ROOT, versions[0], 'bin');
  }
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  const pgCtl = onPath.status === 0 ? onPath.stdout.trim() : '';
  if (pgCtl && existsSync(join(pgCtl, '..', 'initdb'))) return join(pgCtl, '..');
  return undefined;
}

const isRoot = () => process.getuid?.() === 0;

/** Installs Debian's postgresql package; throws when that is not possible here. */
function installPostgres(): void {
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  const hasSudo = !isRoot() && spawnSync('sudo', ['-n', 'true']).status === 0;
  if (!hasAptGet || (!isRoot() && !hasSudo)) {
    throw new Error(
      'PostgreSQL is not installed and cannot be installed here (needs apt-get and root or passwordless sudo). ' +
        'Install it (apt-get install -y postgresql) or set SKIP_POSTGRES_TESTS=1 to skip the PostgreSQL tests.',
    );
  }
  console.log("PostgreSQL not found; installing Debian's postgresql package …");
  const sudo = isRoot() ? '' : 'sudo ';
  execFileSync(
    'sh',
    ['-c', `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends postgresql`],
    {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    },
  );
}

const INSTALL_LOCK_STALE_MS = 15 * 60_000;

function withInstallLock(work: () => void): void {
  const lock = join(tmpdir(), 'qo-postgres-install.lock');
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is taken over after a while.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since === undefined) continue; // released meanwhile
      if (Date.now() - since > INSTALL_LOCK_STALE_MS) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A port free on the loopback right now (the servers of tests and benchmarks take one each). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function postgresIds(): { uid: number; gid: number } {
  const read = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: read('-u'), gid: read('-g') };
  } catch {
    throw new Error(
      'running as root, but there is no `postgres` OS user to own the test cluster (PostgreSQL refuses to run as root)',
    );
  }
}

export interface StartOptions {
  /**
   * Keep the server's crash safety (fsync, full-page writes), as the benchmarks want: only commits
   * are not waited for (synchronous_commit off), which is what the embedded SQLite's WAL with
   * synchronous=NORMAL promises too. Tests leave it off: no fsync makes each test's DDL fast.
   */
  durable?: boolean;
}

/** Starts a throwaway cluster. Throws (with the server log) when it cannot be started. */
export async function startPostgres(startOptions: StartOptions = {}): Promise<PostgresServer> {
  let bin = findPostgresBinDir();
  if (!bin) {
    // Test runs of several workspaces start at once: one installs, the others wait and find it.
    withInstallLock(() => {
      if (!findPostgresBinDir()) installPostgres();
    });
    bin = findPostgresBinDir();
    if (!bin) throw new Error('installed postgresql, but initdb/pg_ctl are still not found');
  }
  const dir = mkdtempSync(join(tmpdir(), 'qo-pg-'));
  const data = join(dir, 'data');
  const socketDir = join(dir, 'sock');
  const log = join(dir, 'server.log');
  mkdirSync(socketDir);
  // As root every step runs as `postgres`, which must own the directory.
  const asOwner = (command: string, args: string[]) => {
    if (!isRoot()) return execFileSync(join(bin, command), args, { stdio: 'pipe' });
    return execFileSync('runuser', ['-u', 'postgres', '--', join(bin, command), ...args], { stdio: 'pipe' });
  };
  if (isRoot()) {
    const { uid, gid } = postgresIds();
    for (const path of [dir, socketDir]) chownSync(path, uid, gid);
  }
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  try {
    asOwner('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
  } catch (error) {
    cleanUp();
    throw new Error(`initdb failed: ${processOutput(error)}`, { cause: error });
  }
  let port = 0;
  for (let attempt = 1; ; attempt++) {
    port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${socketDir}`,
      '-c listen_addresses=127.0.0.1',
      '-c max_connections=300',
      '-c synchronous_commit=off',
      ...(startOptions.durable ? [] : ['-c fsync=off', '-c full_page_writes=off']),
    ].join(' ');
    try {
      asOwner('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', '-o', options, 'start']);
      break;
    } catch (error) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
      // Another process may have taken the port between the probe and the start: try another.
      if (attempt < 3 && /could not bind|already in use/i.test(serverLog)) continue;
      cleanUp();
      throw new Error(`PostgreSQL did not start: ${processOutput(error)}\n${serverLog}`, { cause: error });
    }
  }
  let stopped = false;
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        cleanUp();
      }
    },
  };
}

function processOutput(error: unknown): string {
  const e = error as { message?: string; stderr?: Buffer | string; stdout?: Buffer | string };
  return [e.message, e.stdout?.toString(), e.stderr?.toString()].filter(Boolean).join('\n');
}

/** A fresh empty database on the server (one per test file or test app). */
export async function createTestDatabase(adminUrl: string, prefix = 'qo_test'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      withAdmin(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(
        () => undefined,
      ),
  };
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
