/**
 * FNV-1a, 64 bit, over the UTF-8 bytes of a string. Not cryptographic: it names things
 * deterministically (references) and detects change (fingerprints), with no I/O and no crypto module.
 */
const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function fnv1a64(text: string): bigint {
  let hash = OFFSET_BASIS;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * PRIME) & MASK;
  }
  return hash;
}

/** The hash as 16 lowercase hex digits. */
export function fnv1a64Hex(text: string): string {
  return fnv1a64(text).toString(16).padStart(16, '0');
}
