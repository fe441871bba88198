import { fnv1a64Hex } from './hash';
import { parseDate } from './oslo-time';

/**
 * ExternalImportReference of a day's voucher (docs/voucher-rules.md rule 9): derived from
 * (department, business day, version) only, so a retry, a crash or a second transfer of the same
 * day always sends the same reference and PowerOffice's duplicate check refuses the second copy.
 * The version moves on only after a reversal. Shape:
 * `QO-<10 hex of the department id>-<YYYYMMDD>-v<version>`, plus `-c<n>` for correction vouchers;
 * at most 50 characters (the longest limit PowerOffice states for the field).
 */

export const EXTERNAL_REFERENCE_MAX_LENGTH = 50;
const PREFIX = 'QO';

export interface VoucherReferenceParts {
  departmentId: string;
  businessDay: string;
  /** 1 for the first posting, +1 after each reversal. */
  version: number;
}

function assertCounter(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${what} must be a positive integer`);
}

/** Ten hex digits (40 bits) of the department id: short, stable, and no raw ids in PowerOffice. */
export function departmentTag(departmentId: string): string {
  if (departmentId.length === 0) throw new RangeError('department id is empty');
  return fnv1a64Hex(`department:${departmentId}`).slice(0, 10);
}

export function externalImportReference({
  departmentId,
  businessDay,
  version,
}: VoucherReferenceParts): string {
  parseDate(businessDay);
  assertCounter(version, 'version');
  return `${PREFIX}-${departmentTag(departmentId)}-${businessDay.replaceAll('-', '')}-v${version}`;
}

/** Reference of the n-th correction voucher (n ≥ 1) posted on top of a day's voucher `version`. */
export function correctionReference(parts: VoucherReferenceParts & { correction: number }): string {
  assertCounter(parts.correction, 'correction');
  return `${externalImportReference(parts)}-c${parts.correction}`;
}

export interface ParsedVoucherReference {
  departmentTag: string;
  businessDay: string;
  version: number;
  correction: number | null;
}

const REFERENCE_RE = /^QO-([0-9a-f]{10})-(\d{4})(\d{2})(\d{2})-v(\d+)(?:-c(\d+))?$/;

/** Reads one of our references back; null for anything else (someone else's voucher). */
export function parseVoucherReference(reference: string): ParsedVoucherReference | null {
  const m = REFERENCE_RE.exec(reference);
  if (!m) return null;
  return {
    departmentTag: m[1] ?? '',
    businessDay: `${m[2]}-${m[3]}-${m[4]}`,
    version: Number(m[5]),
    correction: m[6] === undefined ? null : Number(m[6]),
  };
}
