import type { FieldError } from './problem';

/*
 * Text the databases cannot keep as sent: PostgreSQL refuses the NUL character in text columns
 * ("invalid byte sequence for encoding UTF8: 0x00"), and a lone UTF-16 surrogate has no UTF-8 form,
 * so it would be stored as U+FFFD, silently changed. Both are refused as input, field by field.
 */

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- finding the NUL control character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT_MESSAGE =
  'Teksten inneholder et tegn som ikke kan lagres (NUL eller ugyldig Unicode); fjern tegnet og send på nytt';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/**
 * Every string (and object key) in a parsed JSON value that cannot be stored, as field errors
 * with dotted paths below `path` (e.g. `lines.0.description`).
 */
export function unstorableTextErrors(value: unknown, path = ''): FieldError[] {
  // The common case, nothing to report, without building a path per value (POS ingest checks every
  // order, so this runs for each of up to 1000 per request).
  if (!hasUnstorableText(value, 0)) return [];
  const errors: FieldError[] = [];
  const visit = (v: unknown, at: string, depth: number): void => {
    if (typeof v === 'string') {
      if (!isStorableText(v)) errors.push({ path: at, message: UNSTORABLE_TEXT_MESSAGE });
      return;
    }
    // Parsed JSON nests only so deep; the bound keeps a hostile body from costing the stack.
    if (v === null || typeof v !== 'object' || depth > 64) return;
    const entries = Array.isArray(v) ? v.map((item, i) => [String(i), item] as const) : Object.entries(v);
    for (const [key, item] of entries) {
      const child = at === '' ? key : `${at}.${key}`;
      if (!isStorableText(key)) errors.push({ path: child, message: UNSTORABLE_TEXT_MESSAGE });
      else visit(item, child, depth + 1);
    }
  };
  visit(value, path, 0);
  return errors;
}

function hasUnstorableText(v: unknown, depth: number): boolean {
  if (typeof v === 'string') return UNSTORABLE.test(v);
  if (v === null || typeof v !== 'object' || depth > 64) return false;
  if (Array.isArray(v)) {
    for (const item of v) if (hasUnstorableText(item, depth + 1)) return true;
    return false;
  }
  for (const key in v) {
    if (UNSTORABLE.test(key) || hasUnstorableText((v as Record<string, unknown>)[key], depth + 1))
      return true;
  }
  return false;
}
