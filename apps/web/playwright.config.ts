import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { ACTIVE_AREAS, AREA_SPECS, areaHost, areaURL, SIM_URL, SIM_PORT, BFF_PORT } from './e2e/areas';

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

// The config is evaluated again in every worker: the env var keeps one data dir root for the whole run.
process.env.QO_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'qo-e2e-'));
const dataRoot = process.env.QO_E2E_DATA_DIR;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/global-setup.ts',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  // Generous: CI machines are small and shared, and a cold Chromium start is slow there. An
  // expectation waits for what it checks (a page, an answer) up to 20 s on a busy machine.
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
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
    ...ACTIVE_AREAS.map((area) => ({
      name: area,
      testMatch: AREA_SPECS[area],
      use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: areaURL(area) },
      dependencies: ['setup'],
    })),
  ],
  webServer: [
    {
      // The SPA is built once, before the simulator starts; every BFF waits for the simulator.
      command: `${pnpm} --filter @qo/web build && ${pnpm} --filter @qo/poweroffice-sim start`,
      cwd: root,
      url: `${SIM_URL}/_sim/clients`,
      env: { POWEROFFICE_SIM_PORT: String(SIM_PORT) },
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    ...ACTIVE_AREAS.map((area) => ({
      command: `node apps/web/e2e/wait-for-url.mjs ${SIM_URL}/_sim/clients && ${pnpm} --filter @qo/bff start`,
      cwd: root,
      // /api/me answers 401 without a session: up and routing, no health route needed.
      url: `${areaURL(area)}/api/me`,
      env: {
        NODE_ENV: 'test',
        DEMO_SEED: 'true',
        HOST: areaHost(area),
        PORT: String(BFF_PORT),
        DATA_DIR: join(dataRoot, area),
        WEB_DIST_DIR: join(root, 'apps/web/dist'),
        POWEROFFICE_TOKEN_URL: `${SIM_URL}/OAuth/Token`,
        POWEROFFICE_API_URL: `${SIM_URL}/v2`,
        LOG_LEVEL: 'warn',
        // The specs push orders on fixed dates, which age.
        POS_TIMESTAMP_MAX_AGE_DAYS: '36500',
        // Avstemming needs a month transferred and settled: `npm start`'s demo bookkeeping does it.
        ...(area === 'reconciliation' ? { DEMO_RECONCILIATION: 'true' } : {}),
      },
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: 'ignore' as const,
      stderr: 'pipe' as const,
    })),
  ],
});
