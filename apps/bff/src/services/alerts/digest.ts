import { toOsloLocal } from '@qo/accounting';
import {
  findLastDigestAt,
  hasAlertMail,
  listAlertRecipients,
  listAlertsForDigest,
  listCompanyIds,
  queueAlertMail,
  toDbInstant,
  type Database,
  type Kysely,
} from '@qo/db';
import { parseProblem } from './engine';
import { formatDay } from './message-texts';
import { composeDigest, type DigestItem } from './messages';
import { effectivePreferences } from './preferences';

const DAY_MS = 24 * 3_600_000;

/**
 * The daily digest: once the configured hour has come in Oslo, each user who chose the digest gets
 * one e-mail for the day (dedupe key per user and Oslo date) listing the alerts of their kinds
 * that were open at some time since their last digest (at most a day back), each marked open or
 * solved. Nothing to tell, no e-mail. Returns how many were queued.
 */
export async function queueDueDigests(
  db: Kysely<Database>,
  options: { now: Date; digestHour: number; publicUrl: string },
): Promise<number> {
  const local = toOsloLocal(options.now.getTime());
  if (local.minuteOfDay < options.digestHour * 60) return 0;
  const now = toDbInstant(options.now);
  let queued = 0;
  for (const companyId of await listCompanyIds(db)) {
    for (const user of await listAlertRecipients(db, companyId)) {
      const prefs = effectivePreferences(user.role, user.preferences);
      if (prefs.delivery !== 'digest' || prefs.emailKinds.length === 0) continue;
      const dedupeKey = `digest:${local.date}:${user.id}`;
      if (await hasAlertMail(db, dedupeKey)) continue;
      const dayBack = toDbInstant(new Date(options.now.getTime() - DAY_MS));
      const last = await findLastDigestAt(db, user.id);
      const from = last && last > dayBack ? last : dayBack;
      const alerts = await listAlertsForDigest(db, { companyId, kinds: prefs.emailKinds, from, to: now });
      const items = alerts.flatMap((a): DigestItem[] => {
        const problem = parseProblem(a);
        return problem ? [{ problem, solved: a.solved_at !== null }] : [];
      });
      if (items.length === 0) continue;
      const mail = composeDigest(
        options.publicUrl,
        { name: user.name, language: prefs.language },
        formatDay(local.date),
        items,
      );
      const ok = await queueAlertMail(db, {
        companyId,
        userId: user.id,
        dedupeKey,
        type: 'digest',
        alertId: null,
        to: user.email,
        ...mail,
        now,
      });
      if (ok) queued++;
    }
  }
  return queued;
}
