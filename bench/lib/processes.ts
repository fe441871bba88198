import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../../packages/db/src/testing/postgres';
import { repoRoot } from './paths';

export { freePort };

export interface BffProcess {
  baseUrl: string;
  pid: number;
  /** Whatever the BFF wrote to stderr (warnings, errors), for the report when something fails. */
  stderr(): string;
  stop(): Promise<void>;
}

/**
 * The BFF as production runs it (apps/bff/src/server.ts: loadConfig → buildApp → listen) in its own
 * process, so its memory is its own and its port is real. Started with node + the tsx loader
 * directly (not the tsx CLI, which would put a wrapper process in between and hide the RSS).
 */
export async function startBff(
  env: Record<string, string>,
  options: { cpuProfDir?: string } = {},
): Promise<BffProcess> {
  const port = await freePort();
  const loader = import.meta.resolve('tsx');
  const profile = options.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfDir}`] : [];
  // The young-generation cap of apps/bff's start script (see docs/performance.md, case 6).
  const child = spawn(
    process.execPath,
    [...profile, '--max-semi-space-size=8', '--import', loader, join(repoRoot, 'apps/bff/src/server.ts')],
    {
      cwd: join(repoRoot, 'apps/bff'),
      // NODE_ENV only decides the cookies' Secure flag, which Chromium would refuse over plain http.
      // The dataset is history, older than the POS route's default window of a year.
      env: {
        ...process.env,
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        DEMO_SEED: 'false',
        POS_TIMESTAMP_MAX_AGE_DAYS: '36500',
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(baseUrl, child, () => stderr);
  return { baseUrl, pid: child.pid!, stderr: () => stderr, stop: () => stopChild(child) };
}

async function waitUntilUp(baseUrl: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the BFF exited with ${child.exitCode}:\n${stderr()}`);
    try {
      // /api/me answers 401 without a session: up and routing.
      const res = await fetch(`${baseUrl}/api/me`);
      if (res.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the BFF did not start within 120 s:\n${stderr()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Runs a command to completion with inherited output; rejects on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, ...options.env },
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** The pinned pnpm: the running one under `pnpm bench`, else npx with the version of package.json. */
export function pnpmCommand(): { command: string; args: string[] } {
  const script = process.env.npm_execpath;
  if (script && /pnpm/.test(script)) return { command: process.execPath, args: [script] };
  const version = (
    JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { packageManager: string }
  ).packageManager;
  return { command: 'npx', args: ['-y', version] };
}
