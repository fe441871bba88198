import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SECRETS_FILE_NAME = 'secrets.json';

export interface GeneratedSecrets {
  SESSION_SECRET: string;
  /** Absent when the key comes from SECRETS_KEY or SECRETS_KEY_FILE instead. */
  SECRETS_KEY?: string;
}

/**
 * The embedded default needs no setup: on first start the session secret and the key that
 * encrypts PowerOffice client keys at rest are generated into the data directory, readable only
 * by the owner (0600). Production passes both through the environment instead, or the key from a
 * file outside DATA_DIR (`withKey: false`: the file then holds only the session secret).
 */
export function loadOrCreateSecrets(
  dataDir: string,
  options: { withKey: boolean } = { withKey: true },
): GeneratedSecrets {
  const file = join(dataDir, SECRETS_FILE_NAME);
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<GeneratedSecrets>;
    if (
      typeof parsed.SESSION_SECRET === 'string' &&
      (!options.withKey || typeof parsed.SECRETS_KEY === 'string')
    ) {
      return {
        SESSION_SECRET: parsed.SESSION_SECRET,
        ...(options.withKey ? { SECRETS_KEY: parsed.SECRETS_KEY } : {}),
      };
    }
    throw new Error(
      `${file} is incomplete: it must hold SESSION_SECRET${options.withKey ? ' and SECRETS_KEY' : ''}`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets: GeneratedSecrets = {
    SESSION_SECRET: randomBytes(32).toString('base64url'),
    ...(options.withKey ? { SECRETS_KEY: randomBytes(32).toString('base64') } : {}),
  };
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  // The umask may have widened the mode on creation; make sure.
  chmodSync(file, 0o600);
  return secrets;
}
