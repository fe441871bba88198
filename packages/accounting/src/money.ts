/**
 * Money is integer øre. Every product of two amounts goes through BigInt, because øre × øre (or
 * øre × quantity) can pass 2^53 long before any single amount does.
 */

/** Throws unless `value` is a safe integer: the guard at every boundary where øre come in. */
export function assertOre(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${what} must be an integer number of øre, got ${value}`);
  return value;
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} is outside the safe integer range`);
  }
  return Number(value);
}

/** Σ of øre amounts; exact, and refuses to drift past 2^53. */
export function sumOre(values: Iterable<number>): number {
  let sum = 0n;
  for (const value of values) sum += BigInt(assertOre(value));
  return toSafeNumber(sum, 'sum');
}

/** a × b for øre × quantity, exact. */
export function multiplyOre(a: number, b: number): number {
  return toSafeNumber(BigInt(assertOre(a)) * BigInt(assertOre(b)), 'product');
}

/** ⌊n / d⌋ for BigInt (BigInt division truncates toward zero). */
export function floorDiv(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) return floorDiv(-n, -d);
  const q = n / d;
  return n % d !== 0n && n < 0n ? q - 1n : q;
}

/** n / d rounded to the nearest integer, halves away from zero (−2,5 → −3). */
export function divRoundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('division by zero');
  if (d < 0n) return divRoundHalfAwayFromZero(-n, -d);
  const magnitude = n < 0n ? -n : n;
  const q = (2n * magnitude + d) / (2n * d);
  return n < 0n ? -q : q;
}

/** total × numerator / denominator in øre, halves away from zero (R_on of docs/voucher-rules.md rule 3). */
export function prorateOre(total: number, numerator: number, denominator: number): number {
  const n = BigInt(assertOre(total)) * BigInt(assertOre(numerator));
  return toSafeNumber(divRoundHalfAwayFromZero(n, BigInt(assertOre(denominator))), 'prorated amount');
}

/**
 * Largest-remainder split of `target` over exact shares numerators[i] / denominator, which must add
 * up to `target` (give or take the rounding of `target` itself). Each part gets the floor of its
 * exact share; the øre still missing go one each to the largest remainders, the earlier index first
 * on a tie. The parts add up to `target` exactly.
 */
export function allocateShares(target: number, numerators: readonly bigint[], denominator: bigint): number[] {
  assertOre(target);
  if (denominator === 0n) throw new RangeError('division by zero');
  const sign = denominator < 0n ? -1n : 1n;
  const d = denominator * sign;
  const floors = numerators.map((n) => floorDiv(n * sign, d));
  const remainders = numerators.map((n, i) => n * sign - (floors[i] ?? 0n) * d);
  let missing = BigInt(target) - floors.reduce((a, b) => a + b, 0n);
  if (missing < 0n || missing > BigInt(numerators.length)) {
    throw new RangeError('shares do not add up to the target');
  }
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const parts = [...floors];
  for (const { index } of order) {
    if (missing === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    missing -= 1n;
  }
  return parts.map((p) => toSafeNumber(p, 'share'));
}

/** Split `target` over `weights` in proportion (Σ weights ≠ 0), by the largest-remainder method. */
export function allocateByWeights(target: number, weights: readonly number[]): number[] {
  const total = BigInt(sumOre(weights));
  if (total === 0n) throw new RangeError('weights add up to 0');
  return allocateShares(
    target,
    weights.map((w) => BigInt(target) * BigInt(assertOre(w))),
    total,
  );
}

/** "1 234,50" for messages and descriptions (Norwegian grouping and decimal comma). */
export function formatKroner(ore: number): string {
  const negative = ore < 0;
  const abs = Math.abs(assertOre(ore));
  const kroner = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const cents = (abs % 100).toString().padStart(2, '0');
  return `${negative ? '−' : ''}${kroner},${cents}`;
}
