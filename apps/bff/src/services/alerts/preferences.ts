import {
  alertKindsFor,
  alertKindSchema,
  defaultEmailKinds,
  type AlertDelivery,
  type AlertKind,
  type AlertLanguage,
  type Role,
} from '@qo/contracts';
import type { AlertPreferencesRow } from '@qo/db';

export interface EffectivePreferences {
  language: AlertLanguage;
  delivery: AlertDelivery;
  /** The kinds the user gets by e-mail: never one their role is not told of. */
  emailKinds: AlertKind[];
}

/**
 * A user's choices as they apply now: the role's defaults where the user chose nothing (no row,
 * or a kind added after they saved), and never a kind the role does not cover (a role changed).
 */
export function effectivePreferences(
  role: Role,
  row: AlertPreferencesRow | null | undefined,
): EffectivePreferences {
  const chosen = parseKinds(row?.kinds_json);
  const defaults = new Set<AlertKind>(defaultEmailKinds(role));
  const emailKinds = alertKindsFor(role).filter((kind) => chosen.get(kind) ?? defaults.has(kind));
  return { language: row?.language ?? 'nb', delivery: row?.delivery ?? 'immediate', emailKinds };
}

/** What is stored: every kind of the role, on or off, so a default changed later does not flip it. */
export function kindsJson(role: Role, emailKinds: readonly AlertKind[]): string {
  const on = new Set(emailKinds);
  return JSON.stringify(Object.fromEntries(alertKindsFor(role).map((kind) => [kind, on.has(kind)])));
}

function parseKinds(json: string | undefined): Map<AlertKind, boolean> {
  const result = new Map<AlertKind, boolean>();
  if (!json) return result;
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object') {
      for (const [key, on] of Object.entries(value)) {
        const kind = alertKindSchema.safeParse(key);
        if (kind.success && typeof on === 'boolean') result.set(kind.data, on);
      }
    }
  } catch {
    // A row that cannot be read gives the defaults, never an error on every check.
  }
  return result;
}
