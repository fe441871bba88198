import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CSRF_COOKIE, CSRF_HEADER, type Role } from '@qo/contracts';
import { insertCompany, insertDepartment, insertUser, type Database, type Kysely } from '@qo/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../config/config';
import { DEMO_PASSWORD, type DemoSeedStep } from '../demo/seed';
import { hashPassword } from '../lib/passwords';
import { SESSION_COOKIE } from '../lib/sessions';
import { testDatabaseEnv } from './test-database';
import { TEST_POWEROFFICE_TIMING } from './test-timing';

/*
 * One real app per test file: SQLite in a fresh temp directory (a fresh PostgreSQL database in the
 * postgres vitest project), demo foundation seeded, no port.
 * Build it in beforeAll and close it in afterAll.
 */

/**
 * The configuration env every test app starts from; the database's env and the test's own go on top.
 * Fixtures are fixed dates that age, so the POS time window reaches far back (a test of the window
 * passes its own limits); PowerOffice timings are short (`test-timing.ts`).
 */
export function testEnv(dataDir: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_SEED: 'true',
    POS_TIMESTAMP_MAX_AGE_DAYS: '36500',
    ...TEST_POWEROFFICE_TIMING,
  };
}

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * `demoSteps` defaults to none: the foundation seed (company, users, departments, mappings,
 * customers) only, which keeps every test file fast; pass the steps a test needs.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { demoSteps?: readonly DemoSeedStep[] } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'qo-bff-'));
  const database = await testDatabaseEnv();
  const config = loadConfig({ ...testEnv(dataDir), ...database.env, ...env });
  const app = await buildApp({ config, logger: false, demoSteps: options.demoSteps ?? [] });
  await app.ready();
  return {
    app,
    config,
    dataDir,
    async close() {
      await app.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface LoggedIn {
  /** Cookies to send with `app.inject({ cookies })`. */
  cookies: Record<string, string>;
  /** Headers for state-changing calls (the CSRF echo). */
  headers: Record<string, string>;
  user: { id: string; companyId: string; role: string };
}

/** The demo login of each role (password `demo`, see `src/demo/seed.ts`). */
export const DEMO_LOGIN: Record<Role, string> = {
  owner: 'eier@demo.no',
  accountant: 'regnskap@demo.no',
  staff: 'ansatt@demo.no',
};

/** A session of the role's demo user. */
export function logInAs(app: FastifyInstance, role: Role): Promise<LoggedIn> {
  return logIn(app, DEMO_LOGIN[role]);
}

export type InjectMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A request as the logged-in user's browser sends it: the session cookies always, the CSRF header
 * on writes, the JSON body when given.
 */
export function injectAs(
  app: FastifyInstance,
  session: LoggedIn,
  method: InjectMethod,
  url: string,
  payload?: object,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    cookies: session.cookies,
    headers: method === 'GET' ? {} : session.headers,
    ...(payload ? { payload } : {}),
  });
}

export async function logIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<LoggedIn> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  const jar = Object.fromEntries(res.cookies.map((c) => [c.name, c.value]));
  const session = jar[SESSION_COOKIE];
  const csrf = jar[CSRF_COOKIE];
  if (!session || !csrf) throw new Error('login did not set both cookies');
  return {
    cookies: { [SESSION_COOKIE]: session, [CSRF_COOKIE]: csrf },
    headers: { [CSRF_HEADER]: csrf },
    user: (res.json() as { user: LoggedIn['user'] }).user,
  };
}

/** A second company with one owner and one department, to prove company isolation. */
export async function seedOtherCompany(db: Kysely<Database>) {
  const company = await insertCompany(db, { name: 'Annen Kafé AS' });
  const email = 'eier@annen.no';
  await insertUser(db, {
    companyId: company.id,
    email,
    name: 'Other Owner',
    role: 'owner',
    passwordHash: await hashPassword('annen'),
  });
  const department = await insertDepartment(db, {
    companyId: company.id,
    name: 'Bryggen',
    businessDayStart: '05:00',
  });
  return { companyId: company.id, email, password: 'annen', departmentId: department.id };
}
