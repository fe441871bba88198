import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/*
 * End-to-end in real Chromium against the real BFF (fresh SQLite data dir per run, demo seed)
 * talking to the PowerOffice simulator, with the SPA built and served by the BFF as in production.
 */

const root = resolve(import.meta.dirname, '../..');
// Under `pnpm test:e2e` reuse the running pnpm; otherwise fetch the pinned one, as scripts/run.mjs does.
const pnpmScript = process.env.npm_execpath;
const pnpm =
  pnpmScript && /pnpm/.test(pnpmScript)
    ? `"${process.execPath}" "${pnpmScript}"`
    : `npx -y ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager}`;

const BFF_PORT = Number(process.env.E2E_BFF_PORT ?? 3100);
const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 4110);
export const baseURL = `http://127.0.0.1:${BFF_PORT}`;

// The config is evaluated again in every worker: the env var keeps one data dir for the whole run.
process.env.QO_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'qo-e2e-'));
const dataDir = process.env.QO_E2E_DATA_DIR;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous: CI machines are small and shared, and a cold Chromium start is slow there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, dependencies: ['setup'] },
  ],
  webServer: [
    {
      command: `${pnpm} --filter @qo/poweroffice-sim start`,
      cwd: root,
      port: SIM_PORT,
      env: { POWEROFFICE_SIM_PORT: String(SIM_PORT) },
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // Build first: the BFF refuses to start when WEB_DIST_DIR holds no index.html.
      command: `${pnpm} --filter @qo/web build && ${pnpm} --filter @qo/bff start`,
      cwd: root,
      // /api/me answers 401 without a session: up and routing, no health route needed.
      url: `${baseURL}/api/me`,
      env: {
        NODE_ENV: 'test',
        PORT: String(BFF_PORT),
        DATA_DIR: dataDir,
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        POWEROFFICE_TOKEN_URL: `http://127.0.0.1:${SIM_PORT}/OAuth/Token`,
        POWEROFFICE_API_URL: `http://127.0.0.1:${SIM_PORT}/v2`,
        LOG_LEVEL: 'warn',
      },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
