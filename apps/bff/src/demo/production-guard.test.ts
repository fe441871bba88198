import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { ConfigError, loadConfig } from '../config/config';
import { hashPassword } from '../lib/passwords';
import { StartupRefused } from './production-guard';
import { DEMO_USERS } from './seed';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'qo-prod-'));
  dirs.push(dir);
  return dir;
}
const production = (dataDir: string) =>
  loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    POWEROFFICE_SUBSCRIPTION_KEY: 'subscription',
    POWEROFFICE_APPLICATION_KEY: 'application',
  });

describe('production defaults', () => {
  it('does not seed demo data unless DEMO_SEED asks for it, and never in production', async () => {
    const dir = tempDir();
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: 'development', DATA_DIR: dir }),
      logger: false,
      demoSteps: [],
    });
    try {
      expect(await app.db.selectFrom('users').select('email').execute()).toEqual([]);
    } finally {
      await app.close();
    }
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATA_DIR: dir,
        DEMO_SEED: 'true',
        POWEROFFICE_SUBSCRIPTION_KEY: 's',
        POWEROFFICE_APPLICATION_KEY: 'a',
      }),
    ).toThrow(ConfigError);
  }, 60_000);

  it('refuses a production start while a demo login opens with the password "demo", saying what to do', async () => {
    const dir = tempDir();
    const seeded = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dir, DEMO_SEED: 'true' }),
      logger: false,
      demoSteps: [],
    });
    await seeded.close();

    const refused = await buildApp({ config: production(dir), logger: false }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(StartupRefused);
    const message = (refused as Error).message;
    for (const u of DEMO_USERS) expect(message).toContain(u.email);
    expect(message).toMatch(/Starter ikke/);
    expect(message).toMatch(/Refusing to start/);
    expect(message).toMatch(/DEMO_SEED=false/);

    // Once every demo login has another password, production starts.
    const fixer = await buildApp({
      config: loadConfig({ NODE_ENV: 'test', DATA_DIR: dir }),
      logger: false,
      demoSteps: [],
    });
    await fixer.db
      .updateTable('users')
      .set({ password_hash: await hashPassword('a-long-real-password') })
      .execute();
    await fixer.close();
    const app = await buildApp({ config: production(dir), logger: false });
    await app.close();
  }, 60_000);
});
