/*
 * Tables of migration 0017 (Varsler). Same conventions as foundation.ts: text ids, ISO-8601 UTC
 * text instants, JSON as text.
 */

/**
 * One episode of a problem the company was told about: from the first check that saw it to the
 * first check that found it gone. The same problem coming back later is a new row.
 */
export interface AlertsTable {
  id: string;
  company_id: string;
  /** The problem's stable key (e.g. `day_failed:<departmentId>:<yyyy-mm-dd>`). */
  key: string;
  /** `key` while the problem is open, null once solved: unique per company, so one open row per key. */
  open_key: string | null;
  kind: string;
  department_id: string | null;
  /** The problem as last seen (JSON): what the bell and the e-mails show. */
  problem_json: string;
  first_seen_at: string;
  last_seen_at: string;
  /** When the e-mails telling of it were queued. */
  notified_at: string | null;
  solved_at: string | null;
}

/** Which user has read which alert in the bell. */
export interface AlertReadsTable {
  alert_id: string;
  user_id: string;
  read_at: string;
}

export type AlertDeliveryColumn = 'immediate' | 'digest';

/** A user's choices on the Varsler page; a user without a row gets the defaults of their role. */
export interface AlertPreferencesTable {
  user_id: string;
  company_id: string;
  /** The language of the user's e-mails: 'nb' or 'en'. */
  language: 'nb' | 'en';
  delivery: AlertDeliveryColumn;
  /** JSON object kind → true/false for the kinds the user chose; a kind not named takes its default. */
  kinds_json: string;
  updated_at: string;
}

export type AlertMailType = 'opened' | 'solved' | 'digest';
export type AlertMailStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * The e-mails to send, written in the same transaction that records what they tell, and sent by a
 * claim (pending → sending), so each is sent once however many instances check at the same time.
 */
export interface AlertMailsTable {
  id: string;
  company_id: string;
  user_id: string;
  /** `opened:<alertId>:<userId>`, `solved:<alertId>:<userId>`, `digest:<yyyy-mm-dd>:<userId>`: unique. */
  dedupe_key: string;
  type: AlertMailType;
  /** The alert it tells of; null for a digest. */
  alert_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: AlertMailStatus;
  attempts: number;
  next_attempt_at: string;
  claimed_at: string | null;
  sent_at: string | null;
  /** The SMTP server's answer, or the .eml file written when no SMTP server is configured. */
  delivered_to: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
}

export interface AlertTables {
  alerts: AlertsTable;
  alert_reads: AlertReadsTable;
  alert_preferences: AlertPreferencesTable;
  alert_mails: AlertMailsTable;
}
