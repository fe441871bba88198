import { sumOre } from '../money';
import { compareLines } from './accumulate';
import type { VoucherLine } from './types';

/** What a posted line needs to be compared: as stored after posting, or as rebuilt now. */
export type ComparableLine = Pick<
  VoucherLine,
  'accountNo' | 'vatCode' | 'amount' | 'description' | 'source'
> &
  Partial<Pick<VoucherLine, 'accountName' | 'productTypeId' | 'paymentTypeId'>>;

const keyOf = (line: ComparableLine) => `${line.source}|${line.accountNo ?? ''}|${line.vatCode ?? ''}`;

/**
 * The correction voucher of a changed day: per (source, account, VAT code), rebuilt − posted, zero
 * lines dropped. Both sides sum to 0, so the difference does too; an empty result means the day's
 * accounting did not change (even if its orders did, e.g. a line moved between two orders).
 */
export function diffVoucherLines(
  posted: readonly ComparableLine[],
  rebuilt: readonly ComparableLine[],
): VoucherLine[] {
  const byKey = new Map<string, { line: ComparableLine; amount: bigint }>();
  const add = (line: ComparableLine, sign: bigint) => {
    const key = keyOf(line);
    const entry = byKey.get(key);
    if (entry) {
      entry.amount += sign * BigInt(line.amount);
      if (sign > 0n) entry.line = line; // the rebuilt line's text and names win
    } else {
      byKey.set(key, { line, amount: sign * BigInt(line.amount) });
    }
  };
  for (const line of posted) add(line, -1n);
  for (const line of rebuilt) add(line, 1n);

  const lines: VoucherLine[] = [];
  for (const { line, amount } of byKey.values()) {
    if (amount === 0n) continue;
    const diff: VoucherLine = {
      accountNo: line.accountNo,
      vatCode: line.vatCode,
      amount: sumOre([Number(amount)]),
      description: line.description,
      source: line.source,
    };
    if (line.accountName !== undefined) diff.accountName = line.accountName;
    if (line.productTypeId !== undefined) diff.productTypeId = line.productTypeId;
    if (line.paymentTypeId !== undefined) diff.paymentTypeId = line.paymentTypeId;
    lines.push(diff);
  }
  const sorted = lines.sort(compareLines);
  const sum = sumOre(sorted.map((l) => l.amount));
  if (sum !== 0) throw new RangeError(`the two vouchers do not both balance (difference sums to ${sum} øre)`);
  return sorted;
}
