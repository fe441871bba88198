import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/*
 * Seals secrets at rest (PowerOffice client keys) with AES-256-GCM. Each sealed value records the
 * id of the key that sealed it (a hash prefix of the key, never the key), so SECRETS_KEY can be
 * rotated: the new key seals, the previous keys (SECRETS_KEY_PREVIOUS) still open, and rows sealed
 * with an old key are re-sealed at start-up. The AAD binds a ciphertext to its owner (e.g. the
 * department), so a sealed key copied onto another row does not open.
 */

const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealedSecret {
  keyId: string;
  /** base64 of iv | auth tag | ciphertext. */
  ciphertext: string;
}

export interface SecretBox {
  readonly currentKeyId: string;
  seal(plaintext: string, aad: string): SealedSecret;
  /** Throws when the key id is unknown or the value was tampered with. */
  open(sealed: SealedSecret, aad: string): string;
}

/** A short, stable, non-secret name for a key. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('qo-secret-box:').update(key).digest('hex').slice(0, 16);
}

export function createSecretBox(currentKey: Buffer, previousKeys: readonly Buffer[] = []): SecretBox {
  for (const key of [currentKey, ...previousKeys]) {
    if (key.length !== 32) throw new Error('secret-box keys must be 32 bytes');
  }
  const currentKeyId = keyIdOf(currentKey);
  const keys = new Map<string, Buffer>([
    ...previousKeys.map((k) => [keyIdOf(k), k] as const),
    [currentKeyId, currentKey],
  ]);

  return {
    currentKeyId,
    seal(plaintext, aad) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
      cipher.setAAD(Buffer.from(aad, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        keyId: currentKeyId,
        ciphertext: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64'),
      };
    },
    open(sealed, aad) {
      const key = keys.get(sealed.keyId);
      if (!key)
        throw new Error(`no secrets key with id ${sealed.keyId} is configured (rotated out too early?)`);
      const raw = Buffer.from(sealed.ciphertext, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(aad, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** What the UI may see of a key: its shape and last four characters. */
export function maskSecret(secret: string): string {
  const trimmed = secret.trim();
  const visible = trimmed.length > 8 ? trimmed.slice(-4) : '';
  return trimmed.slice(0, trimmed.length - visible.length).replace(/[^-]/g, '•') + visible;
}
