import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSecretBox, keyIdOf, maskSecret } from './secret-box';

const key = 'b2d12d6b-2dd3-4e53-9c3b-3a1f906345f3';

describe('secret box', () => {
  it('round-trips, and the sealed value is not the plaintext', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal(key, 'dept-1');
    expect(sealed.ciphertext).not.toContain(key);
    expect(Buffer.from(sealed.ciphertext, 'base64').toString('utf8')).not.toContain(key);
    expect(box.open(sealed, 'dept-1')).toBe(key);
  });

  it('uses a fresh IV every time', () => {
    const box = createSecretBox(randomBytes(32));
    expect(box.seal(key, 'a').ciphertext).not.toBe(box.seal(key, 'a').ciphertext);
  });

  it('refuses a tampered value and a value moved to another owner', () => {
    const box = createSecretBox(randomBytes(32));
    const sealed = box.seal(key, 'dept-1');
    const raw = Buffer.from(sealed.ciphertext, 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => box.open({ ...sealed, ciphertext: raw.toString('base64') }, 'dept-1')).toThrow();
    expect(() => box.open(sealed, 'dept-2')).toThrow();
  });

  it('rotates: the new key seals, the previous key still opens, an unknown key id is an error', () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const sealedOld = createSecretBox(oldKey).seal(key, 'd');
    expect(sealedOld.keyId).toBe(keyIdOf(oldKey));
    const rotated = createSecretBox(newKey, [oldKey]);
    expect(rotated.open(sealedOld, 'd')).toBe(key);
    expect(rotated.seal(key, 'd').keyId).toBe(keyIdOf(newKey));
    expect(() => createSecretBox(newKey).open(sealedOld, 'd')).toThrow(/no secrets key/);
  });

  it('masks all but the last four characters and keeps the shape', () => {
    expect(maskSecret(key)).toBe('••••••••-••••-••••-••••-••••••••45f3');
    expect(maskSecret(key)).not.toContain('b2d12d6b');
  });
});
