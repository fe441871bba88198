import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIMULATOR_MAIN_APPLICATION_KEY, SIMULATOR_SUBSCRIPTION_KEY } from '@qo/contracts';
import { z } from 'zod';
import { loadOrCreateSecrets, SECRETS_FILE_NAME } from './secrets';

/*
 * The only module that reads process.env. Everything is validated once at boot; a bad or missing
 * key stops start-up with a list naming each one (see ConfigError).
 */

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const booleanFlag = (fallback: boolean) =>
  z
    .preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0']).optional())
    .transform((v) => (v === undefined ? fallback : v === 'true' || v === '1'));
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyToUndefined, z.string().default('127.0.0.1')),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(join(repoRoot, 'data'))),
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, {
        error: 'must start with postgres:// (leave empty for the embedded SQLite)',
      })
      .optional(),
  ),
  SESSION_SECRET: z.preprocess(
    emptyToUndefined,
    z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  ),
  SECRETS_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, { error: 'must be 32 bytes, base64-encoded' })
      .optional(),
  ),
  POWEROFFICE_TOKEN_URL: z.preprocess(emptyToUndefined, httpUrl.default('http://127.0.0.1:4010/OAuth/Token')),
  POWEROFFICE_API_URL: z.preprocess(emptyToUndefined, httpUrl.default('http://127.0.0.1:4010/v2')),
  SECRETS_KEY_PREVIOUS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => v.split(',').every((k) => Buffer.from(k.trim(), 'base64').length === 32), {
        error: 'must be a comma-separated list of 32-byte base64 keys',
      })
      .optional(),
  ),
  POWEROFFICE_SUBSCRIPTION_KEY: optionalString,
  POWEROFFICE_APPLICATION_KEY: optionalString,
  POWEROFFICE_RATE_LIMIT_PER_SECOND: z.preprocess(
    emptyToUndefined,
    z.coerce.number().positive().max(100).default(10),
  ),
  POWEROFFICE_TIMEOUT_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(100).max(600_000).default(30_000),
  ),
  POWEROFFICE_SETTLE_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(100).max(3_600_000).default(330_000),
  ),
  POWEROFFICE_REFRESHES_PER_MINUTE: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(600).default(6),
  ),
  EXPORT_RETRY_WINDOW_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(0).max(86_400_000).default(900_000),
  ),
  WEB_DIST_DIR: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((dir) => existsSync(join(dir, 'index.html')), {
        error: 'must be a directory holding index.html',
      })
      .optional(),
  ),
  POS_TIMESTAMP_MAX_AGE_DAYS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(1).max(36_500).default(365),
  ),
  POS_TIMESTAMP_MAX_AHEAD_HOURS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(0).max(8_760).default(24),
  ),
  DEMO_SEED: booleanFlag(false),
  DEMO_RECONCILIATION: booleanFlag(false),
  SECRETS_KEY_FILE: optionalString,
  SESSION_IDLE_MINUTES: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(8 * 60),
  ),
  SESSION_MAX_AGE_HOURS: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .positive()
      .max(30 * 24)
      .default(12),
  ),
  TRUST_PROXY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(true|false|\d+|[\da-fA-F.:/]+(\s*,\s*[\da-fA-F.:/]+)*)$/, {
        error: 'must be true, false, a number of proxy hops, or a comma-separated list of proxy IPs/CIDRs',
      })
      .optional(),
  ),
  METRICS_TOKEN: z.preprocess(
    emptyToUndefined,
    z.string().min(16, { error: 'must be at least 16 characters' }).optional(),
  ),
  SHUTDOWN_DRAIN_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(120_000).default(0)),
  TRANSFER_POLL_MS: z.preprocess(
    emptyToUndefined,
    z.coerce.number().int().min(100).max(600_000).default(5_000),
  ),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .url({
        protocol: /^smtps?$/,
        error: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.no:587',
      })
      .optional(),
  ),
  MAIL_FROM: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, {
        error: 'must be an e-mail address, optionally with a name: Quickorder <varsler@restaurant.no>',
      })
      .optional(),
  ),
  PUBLIC_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  ALERT_DIGEST_HOUR: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(23).default(7)),
  ALERT_CHECK_MINUTES: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(5),
  ),
  HEALTH_CHECK_MINUTES: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(10_080).default(60)),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  host: string;
  logLevel: Env['LOG_LEVEL'];
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  /** 32-byte key that encrypts PowerOffice client keys at rest. */
  secretsKey: Buffer;
  /** Keys rotated out of SECRETS_KEY: still used to open values they sealed, never to seal. */
  secretsKeysPrevious: Buffer[];
  powerOffice: {
    tokenUrl: string;
    apiUrl: string;
    /** The integrator's subscription key (Ocp-Apim-Subscription-Key). */
    subscriptionKey: string;
    /** The main "Quickorder" application key: slot 0. */
    applicationKey: string;
    rateLimitPerSecond: number;
    /** Per-request timeout. */
    timeoutMs: number;
    /** Wait after a write of unknown outcome before it is looked up (longer than PowerOffice holds a request). */
    settleMs: number;
    /** Forced list refreshes (`?refresh=true`) per minute for the whole subscription key. */
    refreshesPerMinute: number;
  };
  /** How long the export keeps retrying a day that failed on a passing PowerOffice problem. */
  exportRetryWindowMs: number;
  webDistDir: string | undefined;
  demoSeed: boolean;
  /**
   * With the demo seed: after the first start connect Sentrum to the simulator, transfer last month
   * and book its settlements there, so Avstemming has something to show (src/demo/bookkeeping.ts).
   */
  demoReconciliation: boolean;
  /** POS timestamps (closedAt, at) outside [now − maxAgeDays, now + maxAheadHours] are refused per order. */
  posTimestampWindow: { maxAgeDays: number; maxAheadHours: number };
  sessions: {
    /** Sliding expiry: a session unused this long ends. */
    idleMs: number;
    /** Absolute lifetime: a session ends this long after the login, however busy. */
    maxAgeMs: number;
  };
  /** Fastify's trustProxy: which proxies' X-Forwarded-* headers are believed (client IP, protocol). */
  trustProxy: boolean | number | string;
  /** Bearer token for GET /metrics; without it /metrics answers only outside production. */
  metricsToken: string | undefined;
  /** After SIGTERM: how long /readyz answers 503 before the server stops listening. */
  shutdownDrainMs: number;
  /** How often queued transfers (e.g. handed back by a stopping instance) are looked for. */
  transferPollMs: number;
  mail: {
    /** SMTP server (may hold credentials: never logged); undefined: messages go to `outboxDir` as .eml. */
    smtpUrl: string | undefined;
    /** The sender of every message, e.g. `Quickorder <varsler@restaurant.no>`. */
    from: string;
    /** Where messages are written when no SMTP server is configured: DATA_DIR/outbox. */
    outboxDir: string;
  };
  /** The app's address as users reach it: links in e-mails point here (no trailing slash). */
  publicUrl: string;
  alerts: {
    /** The hour (Europe/Oslo, 0–23) the daily digest is sent. */
    digestHour: number;
    /** How often every company's open problems are compared with those already told. */
    checkIntervalMs: number;
    /** How long a connected department may go without any PowerOffice call before a light one checks it. */
    healthCheckIntervalMs: number;
  };
  /** Things an operator should fix that do not stop the start (logged once at start). */
  warnings: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: { key: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p.key}: ${p.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ key: String(issue.path[0] ?? '(env)'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && (!e.POWEROFFICE_SUBSCRIPTION_KEY || !e.POWEROFFICE_APPLICATION_KEY)) {
    throw new ConfigError(
      [
        !e.POWEROFFICE_SUBSCRIPTION_KEY && {
          key: 'POWEROFFICE_SUBSCRIPTION_KEY',
          message: 'is required in production',
        },
        !e.POWEROFFICE_APPLICATION_KEY && {
          key: 'POWEROFFICE_APPLICATION_KEY',
          message: 'is required in production',
        },
      ].filter((p): p is { key: string; message: string } => Boolean(p)),
    );
  }
  if (e.POWEROFFICE_SETTLE_MS <= e.POWEROFFICE_TIMEOUT_MS) {
    throw new ConfigError([
      { key: 'POWEROFFICE_SETTLE_MS', message: 'must be longer than POWEROFFICE_TIMEOUT_MS' },
    ]);
  }
  const dataDir = resolve(e.DATA_DIR);
  const warnings: string[] = [];
  if (e.SECRETS_KEY && e.SECRETS_KEY_FILE) {
    throw new ConfigError([
      { key: 'SECRETS_KEY_FILE', message: 'set either SECRETS_KEY or SECRETS_KEY_FILE, not both' },
    ]);
  }
  let sessionSecret = e.SESSION_SECRET;
  let secretsKey = e.SECRETS_KEY;
  let keyFile: string | undefined;
  if (e.SECRETS_KEY_FILE) {
    keyFile = resolve(e.SECRETS_KEY_FILE);
    secretsKey = readKeyFile(keyFile);
  }
  if (!sessionSecret || !secretsKey) {
    if (e.DATABASE_URL) {
      // Several instances share PostgreSQL: they must share the secrets, so none may invent its own.
      throw new ConfigError(
        [
          !sessionSecret && { key: 'SESSION_SECRET', message: 'is required when DATABASE_URL is set' },
          !secretsKey && {
            key: 'SECRETS_KEY',
            message: 'is required when DATABASE_URL is set (or SECRETS_KEY_FILE)',
          },
        ].filter((p): p is { key: string; message: string } => Boolean(p)),
      );
    }
    const generated = loadOrCreateSecrets(dataDir, { withKey: !secretsKey });
    sessionSecret ??= generated.SESSION_SECRET;
    if (!secretsKey) {
      secretsKey = generated.SECRETS_KEY!;
      keyFile = join(dataDir, SECRETS_FILE_NAME);
    }
  }
  // The embedded database lives in DATA_DIR: a key file there ends up in the same backup as what it
  // encrypts. Said in production; the demo setup keeps everything in one folder on purpose.
  if (isProduction && keyFile && !e.DATABASE_URL && isInside(dataDir, keyFile)) {
    warnings.push(
      `Krypteringsnøkkelen ligger i ${keyFile}, i samme mappe som databasen: én sikkerhetskopi inneholder både ` +
        'nøkkelen og det den krypterer. Flytt den ut av DATA_DIR med SECRETS_KEY_FILE eller SECRETS_KEY. / ' +
        `The encryption key lies in ${keyFile}, beside the database: one backup holds both the key and what it ` +
        'encrypts. Move it out of DATA_DIR with SECRETS_KEY_FILE or SECRETS_KEY.',
    );
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    const message = 'is required when SMTP_URL is set (the sender mail servers see)';
    throw new ConfigError([{ key: 'MAIL_FROM', message }]);
  }
  if (isProduction && e.DEMO_RECONCILIATION) {
    throw new ConfigError([
      {
        key: 'DEMO_RECONCILIATION',
        message:
          'must not be true in production (it connects a demo department and books at the simulator) / ' +
          'må ikke være true i produksjon (kobler til en demoavdeling og bokfører i simulatoren)',
      },
    ]);
  }
  if (isProduction && e.DEMO_SEED) {
    throw new ConfigError([
      {
        key: 'DEMO_SEED',
        message:
          'must not be true in production (it creates logins with the password "demo"); ' +
          'remove it or set DEMO_SEED=false / må ikke være true i produksjon (lager innlogginger med passordet "demo")',
      },
    ]);
  }
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    sessionSecret,
    secretsKey: Buffer.from(secretsKey, 'base64'),
    secretsKeysPrevious: (e.SECRETS_KEY_PREVIOUS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean)
      .map((k) => Buffer.from(k, 'base64')),
    powerOffice: {
      tokenUrl: e.POWEROFFICE_TOKEN_URL,
      apiUrl: e.POWEROFFICE_API_URL,
      // Outside production the defaults are the simulator's published demo keys, so `npm start`
      // works against the simulator with no setup (see apps/poweroffice-sim/README.md).
      subscriptionKey: e.POWEROFFICE_SUBSCRIPTION_KEY ?? SIMULATOR_SUBSCRIPTION_KEY,
      applicationKey: e.POWEROFFICE_APPLICATION_KEY ?? SIMULATOR_MAIN_APPLICATION_KEY,
      rateLimitPerSecond: e.POWEROFFICE_RATE_LIMIT_PER_SECOND,
      timeoutMs: e.POWEROFFICE_TIMEOUT_MS,
      settleMs: e.POWEROFFICE_SETTLE_MS,
      refreshesPerMinute: e.POWEROFFICE_REFRESHES_PER_MINUTE,
    },
    exportRetryWindowMs: e.EXPORT_RETRY_WINDOW_MS,
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : undefined,
    demoSeed: e.DEMO_SEED,
    demoReconciliation: e.DEMO_RECONCILIATION,
    posTimestampWindow: {
      maxAgeDays: e.POS_TIMESTAMP_MAX_AGE_DAYS,
      maxAheadHours: e.POS_TIMESTAMP_MAX_AHEAD_HOURS,
    },
    sessions: {
      idleMs: e.SESSION_IDLE_MINUTES * 60_000,
      maxAgeMs: Math.round(e.SESSION_MAX_AGE_HOURS * 3_600_000),
    },
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    metricsToken: e.METRICS_TOKEN,
    shutdownDrainMs: e.SHUTDOWN_DRAIN_MS,
    transferPollMs: e.TRANSFER_POLL_MS,
    mail: {
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM ?? 'Quickorder <varsler@localhost>',
      outboxDir: join(dataDir, 'outbox'),
    },
    publicUrl: (e.PUBLIC_URL ?? listenUrl(e.HOST, e.PORT)).replace(/\/+$/, ''),
    alerts: {
      digestHour: e.ALERT_DIGEST_HOUR,
      checkIntervalMs: Math.round(e.ALERT_CHECK_MINUTES * 60_000),
      healthCheckIntervalMs: Math.round(e.HEALTH_CHECK_MINUTES * 60_000),
    },
    warnings,
  };
}

/** The address the BFF listens on, as a browser on the same machine reaches it. */
export function listenUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((v) => v.trim())
    .join(',');
}

function isInside(dir: string, file: string): boolean {
  const rel = relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** A file holding the 32-byte key in base64 (e.g. `openssl rand -base64 32 > key`), readable by the BFF only. */
function readKeyFile(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new ConfigError([
      { key: 'SECRETS_KEY_FILE', message: `cannot read ${file}: ${(error as Error).message}` },
    ]);
  }
  if (Buffer.from(text, 'base64').length !== 32) {
    throw new ConfigError([
      { key: 'SECRETS_KEY_FILE', message: `${file} must hold 32 bytes, base64-encoded` },
    ]);
  }
  return text;
}
