import {
  alertKindsFor,
  alertKindSchema,
  type AlertItem,
  type AlertList,
  type AlertPreferences,
  type Role,
  type UpdateAlertPreferencesBody,
} from '@qo/contracts';
import {
  findAlertPreferences,
  listUserAlerts,
  markAlertsRead,
  saveAlertPreferences,
  toDbInstant,
  type Database,
  type Kysely,
} from '@qo/db';
import { AppError } from '../../lib/app-error';
import { parseProblem } from './engine';
import { effectivePreferences, kindsJson } from './preferences';

/** Solved alerts stay in the bell this long, marked solved. */
const SOLVED_SHOWN_MS = 7 * 24 * 3_600_000;
const BELL_LIMIT = 50;

export interface AlertUser {
  id: string;
  companyId: string;
  role: Role;
  email: string;
}

/** The bell: the alerts of the kinds the user's role is told of, with whether the user has read each. */
export async function listAlertsFor(
  db: Kysely<Database>,
  user: AlertUser,
  now = new Date(),
): Promise<AlertList> {
  const rows = await listUserAlerts(db, {
    companyId: user.companyId,
    userId: user.id,
    kinds: alertKindsFor(user.role),
    solvedSince: toDbInstant(new Date(now.getTime() - SOLVED_SHOWN_MS)),
    limit: BELL_LIMIT,
  });
  const items = rows.flatMap((row): AlertItem[] => {
    const problem = parseProblem(row);
    const kind = alertKindSchema.safeParse(row.kind);
    if (!problem || !kind.success) return [];
    return [
      {
        id: row.id,
        kind: kind.data,
        state: row.solved_at === null ? 'open' : 'solved',
        firstSeenAt: row.first_seen_at,
        solvedAt: row.solved_at,
        read: row.read_at !== null,
        problem,
      },
    ];
  });
  return { unread: items.filter((i) => !i.read).length, items };
}

/** Marks the given alerts (or every one in the bell) read for the user; answers the bell anew. */
export async function markRead(
  db: Kysely<Database>,
  user: AlertUser,
  which: { ids: string[] } | { all: true },
  now = new Date(),
): Promise<AlertList> {
  const ids = 'ids' in which ? which.ids : (await listAlertsFor(db, user, now)).items.map((i) => i.id);
  await markAlertsRead(db, {
    companyId: user.companyId,
    userId: user.id,
    alertIds: ids,
    now: toDbInstant(now),
  });
  return listAlertsFor(db, user, now);
}

export async function getPreferences(
  db: Kysely<Database>,
  user: AlertUser,
  digestHour: number,
): Promise<AlertPreferences> {
  const prefs = effectivePreferences(user.role, await findAlertPreferences(db, user.id));
  return { ...prefs, availableKinds: [...alertKindsFor(user.role)], digestHour, email: user.email };
}

/** Saves the user's choices; a kind the role is not told of is refused per field (422). */
export async function updatePreferences(
  db: Kysely<Database>,
  user: AlertUser,
  body: UpdateAlertPreferencesBody,
  digestHour: number,
): Promise<AlertPreferences> {
  const allowed = new Set<string>(alertKindsFor(user.role));
  const errors = body.emailKinds.flatMap((kind, i) =>
    allowed.has(kind)
      ? []
      : [{ path: `emailKinds.${i}`, message: `Rollen din får ikke varsler av typen ${kind}` }],
  );
  if (errors.length > 0)
    throw new AppError('business_rule', 'Noen av varslene kan ikke velges for rollen din', { errors });
  await saveAlertPreferences(db, {
    user_id: user.id,
    company_id: user.companyId,
    language: body.language,
    delivery: body.delivery,
    kinds_json: kindsJson(user.role, [...new Set(body.emailKinds)]),
    updated_at: toDbInstant(),
  });
  return getPreferences(db, user, digestHour);
}
