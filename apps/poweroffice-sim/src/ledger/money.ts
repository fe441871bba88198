/**
 * PowerOffice carries amounts as decimal kroner (JSON doubles). Inside the simulator every amount
 * is integer øre; these two functions are the only crossing points.
 */
export function kronerToOre(amount: number): number | null {
  if (!Number.isFinite(amount)) return null;
  const ore = Math.round(amount * 100);
  // A double like 0.1 + 0.2 is fine; 12.345 is not a whole number of øre.
  if (Math.abs(amount * 100 - ore) > Math.max(1e-7, Math.abs(ore) * 1e-13)) return null;
  return ore;
}

export function oreToKroner(ore: number): number {
  return ore / 100;
}

/** Rounds numerator/denominator (denominator > 0) to the nearest integer, halves away from zero. */
export function divideRounded(numerator: number, denominator: number): number {
  const sign = numerator < 0 ? -1 : 1;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const rest = n - q * denominator;
  return sign * (2 * rest >= denominator ? q + 1 : q);
}

/** VAT part of a gross amount: gross × rate / (1 + rate), rate in basis points. */
export function vatOfGross(grossOre: number, rateBp: number): number {
  if (rateBp === 0) return 0;
  return divideRounded(grossOre * rateBp, 10_000 + rateBp);
}

/** VAT on a net amount: net × rate. */
export function vatOfNet(netOre: number, rateBp: number): number {
  return divideRounded(netOre * rateBp, 10_000);
}
