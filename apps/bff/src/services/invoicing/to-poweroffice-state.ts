import type { Failure, PowerOfficeOrderState } from '@qo/contracts';
import type { OutboxRow } from '@qo/db';
import { fixForFailure } from '../poweroffice/poweroffice-errors';

/** Stored error codes that are PowerOffice's refusal kinds, and the failure code the UI explains. */
const POWEROFFICE_CODES: Record<string, string> = {
  refused: 'refused',
  validation: 'refused',
  invalid_keys: 'invalid_client_key',
  invalid_client_key: 'invalid_client_key',
  missing_privilege: 'missing_privileges',
  missing_module: 'missing_privileges',
  missing_privileges: 'missing_privileges',
  duplicate: 'duplicate',
  not_found: 'poweroffice_failed',
  unavailable: 'poweroffice_unavailable',
  poweroffice_unavailable: 'poweroffice_unavailable',
  rate_limited: 'rate_limited',
  poweroffice_rate_limited: 'rate_limited',
  unexpected_response: 'poweroffice_failed',
  poweroffice_failed: 'poweroffice_failed',
};

/** Why an order is not sent, naming who said it: PowerOffice GO's refusals apart from our own rules. */
export function orderFailure(errorCode: string | null, error: string | null): Failure | null {
  if (errorCode === null && error === null) return null;
  const powerOfficeCode = errorCode ? POWEROFFICE_CODES[errorCode] : undefined;
  if (powerOfficeCode) {
    return {
      code: powerOfficeCode,
      source: 'poweroffice',
      detail: error?.replace(/^PowerOffice GO: /, '') ?? null,
      fix: fixForFailure(powerOfficeCode),
    };
  }
  const code = errorCode ?? 'unknown';
  return { code, source: 'quickorder', detail: error, fix: fixForFailure(code) };
}

/** The outbox row as the status the UI shows; no row = the order is not invoiced (not_applicable). */
export function toPowerOfficeState(row: OutboxRow | null | undefined): PowerOfficeOrderState {
  if (!row)
    return {
      status: 'not_applicable',
      sentAt: null,
      orderNo: null,
      error: null,
      failure: null,
      attempts: 0,
      nextAttemptAt: null,
      reference: null,
    };
  const status = row.status === 'sending' ? 'pending' : row.status;
  return {
    status,
    sentAt: row.sent_at,
    orderNo: row.order_no,
    error: row.status === 'sent' ? null : row.error,
    failure: row.status === 'sent' ? null : orderFailure(row.error_code, row.error),
    attempts: row.attempts,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    reference: row.reference,
  };
}
