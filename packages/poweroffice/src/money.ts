/**
 * PowerOffice's amounts are kroner as JSON numbers; the product counts integer øre. These are the
 * only two places where the two meet.
 */
export function oreToKroner(ore: number): number {
  if (!Number.isSafeInteger(ore)) throw new Error(`Amount in øre must be a whole number, got ${ore}`);
  // Division by 100 of a safe integer gives the closest double to the decimal; JSON prints it exactly.
  return ore / 100;
}

export function kronerToOre(kroner: number): number {
  if (!Number.isFinite(kroner)) throw new Error(`Amount must be a finite number, got ${kroner}`);
  return Math.round(kroner * 100);
}
