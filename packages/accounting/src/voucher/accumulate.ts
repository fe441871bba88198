import { sumOre } from '../money';
import type { VoucherLine, VoucherLineSource } from './types';

/** A voucher line being summed up, before zero lines are dropped and the lines are ordered. */
interface Bucket {
  source: VoucherLineSource;
  accountNo: number | null;
  vatCode: string | null;
  amount: bigint;
  names: Set<string>;
  rates: Set<number>;
  productTypeIds: Set<string>;
  paymentTypeIds: Set<string>;
}

export interface BucketEntry {
  source: VoucherLineSource;
  accountNo: number | null;
  vatCode: string | null;
  amount: number;
  name: string;
  rate?: number;
  productTypeId?: string;
  paymentTypeId?: string;
}

const SOURCE_RANK: Record<VoucherLineSource, number> = {
  payment: 0,
  gift_card_redeemed: 1,
  revenue: 2,
  gift_card_sold: 3,
  rounding: 4,
};

/** Orders lines: payments by account (gift cards redeemed after them), revenue by account and VAT code, gift cards sold, rounding. */
export function compareLines(a: VoucherLine, b: VoucherLine): number {
  const bySource = SOURCE_RANK[a.source] - SOURCE_RANK[b.source];
  if (bySource !== 0) return bySource;
  const accountA = a.accountNo ?? Number.MAX_SAFE_INTEGER;
  const accountB = b.accountNo ?? Number.MAX_SAFE_INTEGER;
  if (accountA !== accountB) return accountA - accountB;
  const vat = (a.vatCode ?? '').localeCompare(b.vatCode ?? '', 'en', { numeric: true });
  if (vat !== 0) return vat;
  return a.description < b.description ? -1 : a.description > b.description ? 1 : 0;
}

function describe(bucket: Bucket): string {
  const names = [...bucket.names].sort().join(', ');
  switch (bucket.source) {
    case 'revenue': {
      const rates = [...bucket.rates].sort((a, b) => b - a).join('/');
      return `${names} ${rates} %`;
    }
    case 'gift_card_sold':
      return `${names} solgt`;
    case 'gift_card_redeemed':
      return `${names} innløst`;
    default:
      return names;
  }
}

/**
 * Sums entries per (source, account, VAT code). An entry without account or VAT code keeps its own
 * line per product or payment type, so each missing mapping shows on a line of its own.
 */
export class LineAccumulator {
  private readonly buckets = new Map<string, Bucket>();

  add(entry: BucketEntry): void {
    const account = entry.accountNo ?? `none:${entry.productTypeId ?? entry.paymentTypeId ?? entry.name}`;
    const vat = entry.vatCode ?? (entry.source === 'revenue' ? `none:${entry.rate}` : 'none');
    const key = `${entry.source}|${account}|${vat}`;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = {
        source: entry.source,
        accountNo: entry.accountNo,
        vatCode: entry.vatCode,
        amount: 0n,
        names: new Set(),
        rates: new Set(),
        productTypeIds: new Set(),
        paymentTypeIds: new Set(),
      };
      this.buckets.set(key, bucket);
    }
    bucket.amount += BigInt(entry.amount);
    bucket.names.add(entry.name);
    if (entry.rate !== undefined) bucket.rates.add(entry.rate);
    if (entry.productTypeId !== undefined) bucket.productTypeIds.add(entry.productTypeId);
    if (entry.paymentTypeId !== undefined) bucket.paymentTypeIds.add(entry.paymentTypeId);
  }

  /**
   * The lines, zero amounts dropped (docs/voucher-rules.md rule 8), in voucher order, each with the
   * VAT rates it holds.
   */
  lines(): { line: VoucherLine; rates: number[] }[] {
    const lines: { line: VoucherLine; rates: number[] }[] = [];
    for (const bucket of this.buckets.values()) {
      if (bucket.amount === 0n) continue;
      const line: VoucherLine = {
        accountNo: bucket.accountNo,
        vatCode: bucket.vatCode,
        amount: sumOre([Number(bucket.amount)]),
        description: describe(bucket),
        source: bucket.source,
      };
      if (bucket.productTypeIds.size === 1) line.productTypeId = [...bucket.productTypeIds][0];
      if (bucket.paymentTypeIds.size === 1) line.paymentTypeId = [...bucket.paymentTypeIds][0];
      lines.push({ line, rates: [...bucket.rates] });
    }
    return lines.sort((a, b) => compareLines(a.line, b.line));
  }
}
