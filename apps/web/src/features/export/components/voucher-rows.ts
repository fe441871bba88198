import type { PreviewVoucher, VoucherLineDto, VoucherProblemDto } from '@qo/contracts';

/* The voucher table's rows: each voucher of the preview as a day header, its problems, lines and sum. */

export interface DepartmentVouchers {
  departmentId: string;
  departmentName: string;
  vouchers: PreviewVoucher[];
}

export type Row =
  | { kind: 'day'; key: string; departmentName: string; voucher: PreviewVoucher }
  | { kind: 'problem'; key: string; problem: VoucherProblemDto }
  | { kind: 'line'; key: string; line: VoucherLineDto }
  | { kind: 'empty'; key: string }
  | { kind: 'sum'; key: string; debit: number; credit: number };

/** Days in order, departments in the chosen order within a day; each voucher as its journal lines. */
export function toRows(groups: readonly DepartmentVouchers[]): Row[] {
  const all = groups.flatMap((g, order) => g.vouchers.map((voucher) => ({ voucher, order, g })));
  all.sort((a, b) =>
    a.voucher.businessDay < b.voucher.businessDay
      ? -1
      : a.voucher.businessDay > b.voucher.businessDay
        ? 1
        : a.order - b.order,
  );
  const rows: Row[] = [];
  for (const { voucher, g } of all) {
    const key = `${g.departmentId}-${voucher.businessDay}`;
    rows.push({ kind: 'day', key, departmentName: g.departmentName, voucher });
    // The same problem on several lines (one VAT code missing for three revenue lines) is said once.
    const said = new Set<string>();
    voucher.problems.forEach((problem, i) => {
      const what = `${problem.code}|${problem.message}|${JSON.stringify(problem.fix)}`;
      if (said.has(what)) return;
      said.add(what);
      rows.push({ kind: 'problem', key: `${key}-p${i}`, problem });
    });
    if (voucher.empty) rows.push({ kind: 'empty', key: `${key}-e` });
    voucher.lines.forEach((line, i) => rows.push({ kind: 'line', key: `${key}-l${i}`, line }));
    if (!voucher.empty)
      rows.push({ kind: 'sum', key: `${key}-s`, debit: voucher.debit, credit: voucher.sum - voucher.debit });
  }
  return rows;
}

interface CachedMonth {
  groups: readonly DepartmentVouchers[];
  rows: Row[];
}

const sameGroups = (a: readonly DepartmentVouchers[], b: readonly DepartmentVouchers[]) =>
  a.length === b.length &&
  a.every(
    (g, i) =>
      g.vouchers === b[i]!.vouchers &&
      g.departmentId === b[i]!.departmentId &&
      g.departmentName === b[i]!.departmentName,
  );

/**
 * A month's rows, by the identity of its first department's vouchers (a query's data, which stays
 * the same object until it changes). Weak: rows go when their preview leaves the query cache.
 */
const monthRows = new WeakMap<readonly PreviewVoucher[], CachedMonth>();

/**
 * The rows of every month, a month's rows built again only when one of its previews changed: while
 * a year arrives month by month, the months already shown keep their row objects (and, memoised,
 * their rows in the DOM are not rendered again).
 */
export function rowsOfMonths(months: readonly (readonly DepartmentVouchers[])[]): Row[] {
  return months.flatMap((groups) => {
    const first = groups[0];
    if (!first) return [];
    const cached = monthRows.get(first.vouchers);
    if (cached && sameGroups(cached.groups, groups)) return cached.rows;
    const rows = toRows(groups);
    monthRows.set(first.vouchers, { groups, rows });
    return rows;
  });
}
