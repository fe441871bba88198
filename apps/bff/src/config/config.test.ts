import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

const poKeys = { POWEROFFICE_SUBSCRIPTION_KEY: 'subscription', POWEROFFICE_APPLICATION_KEY: 'application' };

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
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      demoSeed: false,
      isProduction: false,
    });
    expect(config.powerOffice.apiUrl).toBe('http://127.0.0.1:4010/v2');
  });

  it('reads the encryption key from SECRETS_KEY_FILE; the session secret file then holds no key', () => {
    const dir = tempDir();
    const keyFile = join(tempDir(), 'secrets.key');
    writeFileSync(keyFile, `${Buffer.alloc(32, 9).toString('base64')}\n`, { mode: 0o600 });
    const config = loadConfig({
      DATA_DIR: dir,
      SECRETS_KEY_FILE: keyFile,
      NODE_ENV: 'production',
      ...poKeys,
    });
    expect(config.secretsKey.equals(Buffer.alloc(32, 9))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, SECRETS_FILE_NAME), 'utf8'))).not.toHaveProperty('SECRETS_KEY');
    expect(config.warnings).toEqual([]);
  });

  it('warns in production when the key file lies beside the SQLite database', () => {
    const dir = tempDir();
    const generated = loadConfig({ DATA_DIR: dir, NODE_ENV: 'production', ...poKeys });
    expect(generated.warnings.join(' ')).toMatch(/beside the database/);
    expect(generated.warnings.join(' ')).toMatch(/samme mappe som databasen/);
    const inside = join(dir, 'key.b64');
    writeFileSync(inside, Buffer.alloc(32, 1).toString('base64'));
    expect(
      loadConfig({ DATA_DIR: dir, SECRETS_KEY_FILE: inside, NODE_ENV: 'production', ...poKeys }).warnings,
    ).toHaveLength(1);
    expect(
      loadConfig({
        DATA_DIR: dir,
        SECRETS_KEY: Buffer.alloc(32, 1).toString('base64'),
        NODE_ENV: 'production',
        ...poKeys,
      }).warnings,
    ).toEqual([]);
  });

  it('refuses an unreadable or malformed key file, and both key sources at once', () => {
    const dir = tempDir();
    expect(configError({ DATA_DIR: dir, SECRETS_KEY_FILE: join(dir, 'missing') }).problems[0]?.key).toBe(
      'SECRETS_KEY_FILE',
    );
    const bad = join(dir, 'bad');
    writeFileSync(bad, 'short');
    expect(configError({ DATA_DIR: dir, SECRETS_KEY_FILE: bad }).message).toMatch(/32 bytes/);
    const key = Buffer.alloc(32, 1).toString('base64');
    writeFileSync(bad, key);
    expect(configError({ DATA_DIR: dir, SECRETS_KEY_FILE: bad, SECRETS_KEY: key }).problems[0]?.key).toBe(
      'SECRETS_KEY_FILE',
    );
  });

  it('parses TRUST_PROXY as Fastify expects it', () => {
    const dir = tempDir();
    expect(loadConfig({ DATA_DIR: dir }).trustProxy).toBe(false);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ DATA_DIR: dir, TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe(
      '10.0.0.0/8,127.0.0.1',
    );
    expect(configError({ DATA_DIR: dir, TRUST_PROXY: 'yes please' }).problems[0]?.key).toBe('TRUST_PROXY');
  });

  it('refuses a WEB_DIST_DIR without index.html', () => {
    expect(configError({ DATA_DIR: tempDir(), WEB_DIST_DIR: tempDir() }).problems[0]?.key).toBe(
      'WEB_DIST_DIR',
    );
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

describe('mail and alert settings', () => {
  it('writes to DATA_DIR/outbox without SMTP, links to the listen address, digests at 07:00', () => {
    const dir = tempDir();
    const config = loadConfig({ DATA_DIR: dir, HOST: '0.0.0.0', PORT: '8080' });
    expect(config.mail).toEqual({
      smtpUrl: undefined,
      from: 'Quickorder <varsler@localhost>',
      outboxDir: join(dir, 'outbox'),
    });
    expect(config.publicUrl).toBe('http://localhost:8080');
    expect(config.alerts).toEqual({
      digestHour: 7,
      checkIntervalMs: 300_000,
      healthCheckIntervalMs: 3_600_000,
    });
  });

  it('takes an SMTP server with a sender, and the public address without a trailing slash', () => {
    const config = loadConfig({
      DATA_DIR: tempDir(),
      SMTP_URL: 'smtps://varsler:hemmelig@mail.example.no:465',
      MAIL_FROM: 'Quickorder <varsler@restaurant.no>',
      PUBLIC_URL: 'https://backoffice.restaurant.no/',
    });
    expect(config.mail.smtpUrl).toBe('smtps://varsler:hemmelig@mail.example.no:465');
    expect(config.publicUrl).toBe('https://backoffice.restaurant.no');
  });

  it('names a bad mail setting without repeating the SMTP password', () => {
    const bad = configError({
      DATA_DIR: tempDir(),
      SMTP_URL: 'http://user:hemmelig@mail.example.no',
      MAIL_FROM: 'no address',
    });
    expect(bad.problems.map((p) => p.key).sort()).toEqual(['MAIL_FROM', 'SMTP_URL']);
    expect(bad.message).not.toContain('hemmelig');
    const noSender = configError({ DATA_DIR: tempDir(), SMTP_URL: 'smtp://mail.example.no:587' });
    expect(noSender.problems.map((p) => p.key)).toEqual(['MAIL_FROM']);
    const lateHour = configError({ DATA_DIR: tempDir(), ALERT_DIGEST_HOUR: '24' });
    expect(lateHour.problems.map((p) => p.key)).toEqual(['ALERT_DIGEST_HOUR']);
  });
});
