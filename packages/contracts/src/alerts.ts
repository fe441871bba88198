import { z } from 'zod';
import type { Role } from './auth';
import { attentionProblemSchema } from './overview';

/*
 * Varsler: a message when something needs a person. The alerts are the problems Oversikt lists
 * ("Trenger oppmerksomhet") that someone must act on; each user chooses which kinds they also get
 * by e-mail, at once or in a daily digest, and in which language.
 */

/** The kinds of problem that make an alert (setup steps not yet done do not: nothing broke). */
export const alertKindSchema = z.enum([
  'day_failed',
  'day_blocked',
  'day_changed',
  'auto_export_stopped',
  'sales_order_failed',
  'sales_orders_not_linked',
  'auto_invoice_stopped',
  'connection_failed',
  'privileges_missing',
]);
export type AlertKind = z.infer<typeof alertKindSchema>;

/**
 * Who is told of what (see docs/architecture.md, "Varsler"): the owner of everything; the
 * accountant of the export's matters, which are theirs to retry, correct and follow up; staff of
 * credit orders that did not become sales orders, as they answer customers about their orders.
 */
export const ALERT_KINDS_BY_ROLE = {
  owner: alertKindSchema.options,
  accountant: ['day_failed', 'day_blocked', 'day_changed', 'auto_export_stopped'],
  staff: ['sales_order_failed'],
} as const satisfies Record<Role, readonly AlertKind[]>;

/** Which of their kinds a user gets by e-mail before choosing: all of them, except for staff (none). */
export function defaultEmailKinds(role: Role): readonly AlertKind[] {
  return role === 'staff' ? [] : ALERT_KINDS_BY_ROLE[role];
}

export function alertKindsFor(role: Role): readonly AlertKind[] {
  return ALERT_KINDS_BY_ROLE[role];
}

export const alertLanguageSchema = z.enum(['nb', 'en']);
export type AlertLanguage = z.infer<typeof alertLanguageSchema>;

/** `immediate`: one e-mail per new problem and one when it is solved; `digest`: one a day. */
export const alertDeliverySchema = z.enum(['immediate', 'digest']);
export type AlertDelivery = z.infer<typeof alertDeliverySchema>;

export const alertPreferencesSchema = z.object({
  /** The language of the user's e-mails. */
  language: alertLanguageSchema,
  delivery: alertDeliverySchema,
  /** The kinds the user gets by e-mail (a subset of `availableKinds`). */
  emailKinds: z.array(alertKindSchema),
  /** The kinds the user's role is told of: the bell shows these, the page offers these. */
  availableKinds: z.array(alertKindSchema),
  /** The hour (Oslo time, 0–23) the daily digest is sent. */
  digestHour: z.number().int(),
  /** Where the e-mails go: the user's login. */
  email: z.string(),
});
export type AlertPreferences = z.infer<typeof alertPreferencesSchema>;

export const updateAlertPreferencesBodySchema = z.object({
  language: alertLanguageSchema,
  delivery: alertDeliverySchema,
  emailKinds: z.array(alertKindSchema).max(alertKindSchema.options.length * 2),
});
export type UpdateAlertPreferencesBody = z.infer<typeof updateAlertPreferencesBodySchema>;

export const markAlertsReadBodySchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(200) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkAlertsReadBody = z.infer<typeof markAlertsReadBodySchema>;

export const alertCountSchema = z.object({ unread: z.number().int() });
export type AlertCount = z.infer<typeof alertCountSchema>;

/** One item of the bell: a problem the user's role is told of, open or solved lately. */
export const alertItemSchema = z.object({
  id: z.string(),
  kind: alertKindSchema,
  state: z.enum(['open', 'solved']),
  /** When a check first saw it, and when one found it gone (ISO 8601). */
  firstSeenAt: z.string(),
  solvedAt: z.string().nullable(),
  read: z.boolean(),
  /** The problem as last seen: what it is, where, and what fixes it. */
  problem: attentionProblemSchema,
});
export type AlertItem = z.infer<typeof alertItemSchema>;

export const alertListSchema = z.object({
  /** Unread items (of `items`). */
  unread: z.number().int(),
  /** Open ones, and those solved in the last week; newest first. */
  items: z.array(alertItemSchema),
});
export type AlertList = z.infer<typeof alertListSchema>;
