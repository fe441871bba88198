import { departmentTag } from '../reference';
import { parseDate } from '../oslo-time';
import type { VoucherLine } from '../voucher/types';

/*
 * Clearing accounts ("oppgjørskonto", "hjelpekonto"): the guide tells owners to post card, Vipps and
 * other non-cash payments to an account in the 15xx series, never straight to the bank. The day
 * voucher debits it; the acquirer's payout, net of its fee, is later booked from the bank against
 * it, and when every payout has come the account is empty again. A payment line is a clearing line
 * when its account is 1501–1599: 1500 is Kundefordringer, the customer ledger's control account,
 * which credit sales (sales orders, invoices) use and no acquirer settles. See docs/reconciliation.md.
 */

export const CLEARING_ACCOUNT_FIRST = 1501;
export const CLEARING_ACCOUNT_LAST = 1599;

export function isClearingAccount(accountNo: number | null | undefined): accountNo is number {
  return (
    typeof accountNo === 'number' && accountNo >= CLEARING_ACCOUNT_FIRST && accountNo <= CLEARING_ACCOUNT_LAST
  );
}

/** A payment line on a clearing account: the lines a settlement empties. */
export function isClearingLine(line: Pick<VoucherLine, 'accountNo' | 'source'>): boolean {
  return line.source === 'payment' && isClearingAccount(line.accountNo);
}

/**
 * PowerOffice's `CustomMatchingReference` of a clearing line: `QO-<department tag>-<YYYYMMDD>-<account>`,
 * e.g. `QO-3f9a0c2b7d-20260313-1503`. The department tag is the one in the day's
 * ExternalImportReference (ten hex digits of the department id), the date the business day, and the
 * clearing account stands for the payment type that uses it: PowerOffice's ledger holds one line
 * per account and day, so two payment types sharing an account are settled, and reconciled,
 * together. Derived from those three only, so the day's voucher, its corrections and a re-post after
 * a reversal carry the same reference, and a settlement booked with it matches whichever is live.
 * PowerOffice's published schema sets no maxLength on the field; it stays within 35 characters,
 * the SAF-T limit of the other references on the voucher.
 */
export const MATCHING_REFERENCE_MAX_LENGTH = 35;

export interface MatchingReferenceParts {
  departmentId: string;
  businessDay: string;
  accountNo: number;
}

export function clearingMatchingReference({
  departmentId,
  businessDay,
  accountNo,
}: MatchingReferenceParts): string {
  parseDate(businessDay);
  if (!isClearingAccount(accountNo)) throw new RangeError(`${accountNo} is not a clearing account`);
  return `QO-${departmentTag(departmentId)}-${businessDay.replaceAll('-', '')}-${accountNo}`;
}

export interface ParsedMatchingReference {
  departmentTag: string;
  businessDay: string;
  accountNo: number;
  reference: string;
}

const IN_TEXT_RE = /QO-([0-9a-f]{10})-(\d{4})(\d{2})(\d{2})-(15\d{2})(?![0-9a-z-])/g;

/**
 * Every matching reference in a text, in order, each once. A settlement booked in PowerOffice with
 * the reference as its `CustomMatchingReference` usually repeats it in the line's text (the bank
 * statement's message); PowerOffice's AccountTransactions return the text, not the field, so the
 * text is where the reconciliation finds it.
 */
export function findMatchingReferences(text: string | null | undefined): ParsedMatchingReference[] {
  if (!text) return [];
  const found = new Map<string, ParsedMatchingReference>();
  for (const m of text.matchAll(IN_TEXT_RE)) {
    const businessDay = `${m[2]}-${m[3]}-${m[4]}`;
    const accountNo = Number(m[5]);
    try {
      parseDate(businessDay);
    } catch {
      continue;
    }
    if (!isClearingAccount(accountNo)) continue;
    found.set(m[0], { departmentTag: m[1] ?? '', businessDay, accountNo, reference: m[0] });
  }
  return [...found.values()];
}
