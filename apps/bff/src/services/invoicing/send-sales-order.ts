import {
  findCustomerLink,
  findOrderDetail,
  listProductLinks,
  toDbInstant,
  type OutboxOutcome,
  type OutboxRow,
} from '@qo/db';
import { isPowerOfficeError, type PowerOfficeError, type SalesOrderComplete } from '@qo/poweroffice';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../lib/app-error';
import { getDepartmentPowerOffice } from '../poweroffice/department-poweroffice';
import { buildSalesOrderRequest } from './sales-order-request';

/** After this many attempts a transient failure is reported as failed (an accountant can send again). */
export const MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min … capped at an hour: PowerOffice outages are usually short, sometimes not. */
export function backoffMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

const TRANSIENT_KINDS: ReadonlySet<PowerOfficeError['kind']> = new Set([
  'unavailable',
  'rate_limited',
  'unexpected_response',
]);

function sent(order: SalesOrderComplete, now: Date): OutboxOutcome {
  return {
    status: 'sent',
    sent_at: toDbInstant(now),
    order_no: order.SalesOrderNo ?? null,
    poweroffice_order_id: order.Id,
    error_code: null,
    error: null,
  };
}

function failed(code: string, message: string): OutboxOutcome {
  return { status: 'failed', error_code: code, error: message };
}

/** PowerOffice's own text, with the fields it named. */
function powerOfficeText(error: PowerOfficeError): string {
  const reason = error.detail?.trim() || error.message;
  const fields = error.fieldErrors.map((f) => `${f.path}: ${f.message}`).filter((f) => !reason.includes(f));
  return fields.length ? `${reason} (${fields.join('; ')})` : reason;
}

/**
 * One claimed outbox row, sent or judged. Never throws: every way it can end is an outcome the
 * worker records. A row claimed before (attempts > 1: a lost answer, a crash mid-send) is looked
 * up by its reference first; the post itself carries the same reference, so PowerOffice refuses a
 * second copy and the client resolves that to the existing order.
 */
export async function sendClaimedRow(
  app: FastifyInstance,
  row: OutboxRow,
  now: Date,
): Promise<OutboxOutcome> {
  const order = await findOrderDetail(app.db, row.company_id, row.order_id);
  if (!order) return failed('order_missing', 'Ordren finnes ikke lenger.');

  let powerOffice;
  try {
    powerOffice = await getDepartmentPowerOffice(app, row.company_id, row.department_id);
  } catch (error) {
    if (error instanceof AppError) return failed(error.code, error.message);
    throw error;
  }
  const { client, integration } = powerOffice;

  const [customerLink, productLinks] = await Promise.all([
    order.customerId ? findCustomerLink(app.db, row.company_id, order.customerId) : undefined,
    listProductLinks(app.db, row.company_id),
  ]);
  const request = buildSalesOrderRequest({
    order,
    reference: row.reference,
    powerOfficeClientId: integration.poweroffice_client_id,
    powerOfficeDepartmentId: integration.poweroffice_department_id,
    customerLink,
    productLinks: new Map(productLinks.map((l) => [l.product_type_id, l])),
  });
  if (!request.ok) {
    return request.code === 'not_linked'
      ? { status: 'not_linked', error_code: 'not_linked', error: request.message }
      : failed(request.code, request.message);
  }

  try {
    if (row.attempts > 1) {
      const existing = await client.findSalesOrderByExternalReference(row.reference, {
        customerNo: customerLink?.poweroffice_customer_no ?? null,
      });
      if (existing) return sent(existing, now);
    }
    const { value } = await client.postCompleteSalesOrder(request.body);
    return sent(value, now);
  } catch (error) {
    if (!isPowerOfficeError(error)) {
      app.log.error({ err: error, outboxId: row.id }, 'sales order send failed unexpectedly');
      return retryOrFail(row, now, 'internal', 'Uventet feil ved sending; prøves igjen.');
    }
    const text = powerOfficeText(error);
    if (TRANSIENT_KINDS.has(error.kind)) return retryOrFail(row, now, error.kind, text);
    return failed(error.kind === 'validation' ? 'refused' : error.kind, `PowerOffice GO: ${text}`);
  }
}

function retryOrFail(row: OutboxRow, now: Date, code: string, message: string): OutboxOutcome {
  if (row.attempts >= MAX_ATTEMPTS) return failed(code, `${message} (ga opp etter ${row.attempts} forsøk)`);
  return {
    status: 'pending',
    error_code: code,
    error: message,
    next_attempt_at: toDbInstant(new Date(now.getTime() + backoffMs(row.attempts))),
  };
}
