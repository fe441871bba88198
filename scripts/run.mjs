#!/usr/bin/env node
// The two commands of the README: `npm start` and `npm test`.
// Works on a fresh machine with only Node.js and npm: installs with the pinned pnpm first.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager;
const pnpm = ['-y', pnpmVersion];

function run(args, env = {}) {
  const result = spawnSync('npx', [...pnpm, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function install() {
  run(['install', '--frozen-lockfile']);
}

const command = process.argv[2];
if (command === 'test') {
  install();
  // Dead code first: an unused file, export or dependency fails the run (knip.json, docs/decisions/0013).
  run(['exec', 'knip']);
  // Formatting is part of the test: Prettier's check fails on any file it would change (`npm run format` fixes).
  run(['exec', 'prettier', '--check', '.']);
  run(['exec', 'turbo', 'run', 'lint', 'typecheck', 'test', '--concurrency=2']);
  run(['--filter', '@qo/web', 'test:e2e']);
} else if (command === 'start') {
  install();
  // Quiet: what a person needs from `npm start` is the URL and the logins the BFF prints when it is up.
  console.log('Building the web app …');
  run(['--silent', '--filter', '@qo/web', 'build', '--logLevel', 'warn']);
  // The simulator and the BFF run side by side; Ctrl+C stops both.
  const simPort = process.env.POWEROFFICE_SIM_PORT ?? '4010';
  const children = [
    spawn('npx', [...pnpm, '--silent', '--filter', '@qo/poweroffice-sim', 'start'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, POWEROFFICE_SIM_PORT: simPort },
    }),
    spawn('npx', [...pnpm, '--silent', '--filter', '@qo/bff', 'start'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        // The demo start: seed the demo company and logins on first start (the BFF's default is no seed).
        DEMO_SEED: process.env.DEMO_SEED ?? 'true',
        // …and on that first start connect Sentrum, transfer last month and book its settlements at the
        // simulator, so Avstemming has something to show (apps/bff/src/demo/bookkeeping.ts).
        DEMO_RECONCILIATION: process.env.DEMO_RECONCILIATION ?? 'true',
        DATA_DIR: process.env.DATA_DIR ?? join(root, 'data'),
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        POWEROFFICE_TOKEN_URL: process.env.POWEROFFICE_TOKEN_URL ?? `http://127.0.0.1:${simPort}/OAuth/Token`,
        POWEROFFICE_API_URL: process.env.POWEROFFICE_API_URL ?? `http://127.0.0.1:${simPort}/v2`,
      },
    }),
  ];
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  children.forEach((c) =>
    c.on('exit', (code) => {
      stop();
      process.exitCode = code ?? 0;
    }),
  );
} else if (command === 'screenshots') {
  // Every page × role × size as a PNG in screenshots/ (git-ignored), from the sweep's own run.
  install();
  const dir = join(root, 'screenshots');
  run(['--filter', '@qo/web', 'exec', 'playwright', 'test', '--project=setup', '--project=sweep'], {
    E2E_AREAS: 'sweep',
    QO_SCREENSHOTS_DIR: dir,
  });
  console.log(`Screenshots in ${dir}`);
} else {
  console.error('usage: node scripts/run.mjs start|test|screenshots');
  process.exit(2);
}
