import { randomBytes } from 'node:crypto';

/*
 * Ids of POS rows (orders and, through order_id, their lines and payments; cash movements) are
 * UUID version 7 (RFC 9562): a millisecond timestamp first, then random bits. A batch's new keys
 * then land at the right edge of the primary-key B-trees instead of all over them, so storing a
 * batch dirties a few pages instead of one per row, and each commit (one per POS request) writes
 * that much less to the WAL. With random (v4) ids, committing 500 orders cost more than the
 * inserts themselves. Still text uuids, as every other id; 62 random bits keep them unguessable.
 */

let lastMs = 0;
let counter = 0;

/** A new UUIDv7, increasing within this process (a counter in rand_a orders ids of one millisecond). */
export function newPosRowId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    counter++;
    if (counter > 0xfff) {
      ms = ++lastMs;
      counter = 0;
    }
  } else {
    lastMs = ms;
    counter = 0;
  }
  const random = randomBytes(8);
  random[0] = (random[0]! & 0x3f) | 0x80; // variant 10
  const hex = random.toString('hex');
  const time = ms.toString(16).padStart(12, '0');
  const randA = (0x7000 | counter).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-${randA}-${hex.slice(0, 4)}-${hex.slice(4, 16)}`;
}
