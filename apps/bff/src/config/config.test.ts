import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { SECRETS_FILE_NAME } from './secrets';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'qo-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('names every bad key', () => {
    const error = configError({
      DATA_DIR: tempDir(),
      PORT: 'eighty',
      DATABASE_URL: 'mysql://x',
      POWEROFFICE_API_URL: 'not a url',
    });
    expect(error.problems.map((p) => p.key).sort()).toEqual(['DATABASE_URL', 'PORT', 'POWEROFFICE_API_URL']);
    expect(error.message).toContain('PORT');
  });

  it('requires shared secrets when PostgreSQL is used', () => {
    const error = configError({ DATA_DIR: tempDir(), DATABASE_URL: 'postgres://qo@localhost/qo' });
    expect(error.problems.map((p) => p.key)).toEqual(['SESSION_SECRET', 'SECRETS_KEY']);
  });

  it('generates the embedded secrets once, into a 0600 file in the data dir', () => {
    const dir = tempDir();
    const first = loadConfig({ DATA_DIR: dir });
    const mode = statSync(join(dir, SECRETS_FILE_NAME)).mode & 0o777;
    expect(mode).toBe(0o600);
    expect(first.secretsKey).toHaveLength(32);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const second = loadConfig({ DATA_DIR: dir });
    expect(second.sessionSecret).toBe(first.sessionSecret);
    expect(second.secretsKey.equals(first.secretsKey)).toBe(true);
  });

  it('applies defaults for the embedded setup', () => {
    const config = loadConfig({ DATA_DIR: tempDir() });
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, demoSeed: true, isProduction: false });
    expect(config.powerOffice.apiUrl).toBe('http://127.0.0.1:4010/v2');
  });

  it('refuses a WEB_DIST_DIR without index.html', () => {
    expect(configError({ DATA_DIR: tempDir(), WEB_DIST_DIR: tempDir() }).problems[0]?.key).toBe('WEB_DIST_DIR');
  });
});

describe('the POS timestamp window', () => {
  it('defaults to a year back and a day ahead, and takes other limits', () => {
    expect(loadConfig({ DATA_DIR: tempDir() }).posTimestampWindow).toEqual({
      maxAgeDays: 365,
      maxAheadHours: 24,
    });
    const wide = loadConfig({
      DATA_DIR: tempDir(),
      POS_TIMESTAMP_MAX_AGE_DAYS: '730',
      POS_TIMESTAMP_MAX_AHEAD_HOURS: '2',
    });
    expect(wide.posTimestampWindow).toEqual({ maxAgeDays: 730, maxAheadHours: 2 });
  });

  it('refuses limits that are not whole numbers in range', () => {
    const error = configError({
      DATA_DIR: tempDir(),
      POS_TIMESTAMP_MAX_AGE_DAYS: '0',
      POS_TIMESTAMP_MAX_AHEAD_HOURS: 'soon',
    });
    expect(error.problems.map((p) => p.key).sort()).toEqual([
      'POS_TIMESTAMP_MAX_AGE_DAYS',
      'POS_TIMESTAMP_MAX_AHEAD_HOURS',
    ]);
  });
});
