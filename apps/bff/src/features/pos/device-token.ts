import { createHash, randomBytes } from 'node:crypto';

/** A new device token: 256 random bits, prefixed so a leaked one is recognisable in logs and scanners. */
export function generateDeviceToken(): string {
  return `qop_${randomBytes(32).toString('base64url')}`;
}

/** Only this hash is stored; a leaked table yields no usable tokens. */
export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
