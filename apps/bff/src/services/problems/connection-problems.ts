import type { AttentionAction, AttentionProblem, PrivilegeFeatureCode } from '@qo/contracts';
import type { DepartmentRow, IntegrationRow, OpenOutboxRow } from '@qo/db';
import { privilegesView } from '../poweroffice/privileges';
import { departmentRef, problem } from './problem';

/** A sales order due this long ago and still not sent means the sending has stopped. */
export const INVOICING_STALL_MINUTES = 30;

/** Features every connection uses; invoicing's only with automatic invoicing on. */
const ALWAYS_USED: readonly PrivilegeFeatureCode[] = [
  'day_vouchers',
  'voucher_documentation',
  'chart_and_vat',
];
const INVOICING: readonly PrivilegeFeatureCode[] = ['products', 'sales_orders'];

/** Privileges a feature the department uses needs but its client does not grant (from the stored grants). */
function missingFor(integration: IntegrationRow, features: readonly PrivilegeFeatureCode[]): string[] {
  if (integration.granted_privileges === null) return [];
  const view = privilegesView(JSON.parse(integration.granted_privileges) as string[]);
  const missing = (view?.features ?? [])
    .filter((f) => features.includes(f.feature) && !f.available)
    .flatMap((f) => f.missing);
  return [...new Set(missing)];
}

/**
 * Per connected department: a client key PowerOffice refused, privileges missing for what is in
 * use, and automatic invoicing that has stopped sending. From the connection's stored health and
 * grants (`integrations/`) and the outbox; no PowerOffice call.
 */
export function connectionProblems(
  department: DepartmentRow,
  integration: IntegrationRow | undefined,
  outbox: readonly OpenOutboxRow[],
  now: Date,
): AttentionProblem[] {
  if (!integration) return [];
  const dept = departmentRef(department);
  const openIntegration: AttentionAction = { type: 'open_integration', departmentId: department.id };
  const problems: AttentionProblem[] = [];
  const keyRefused = integration.status === 'error';
  if (keyRefused) {
    problems.push(
      problem({
        key: `connection_failed:${department.id}`,
        kind: 'connection_failed',
        severity: 'error',
        department: dept,
        since: integration.last_error_at,
        failure: {
          code: 'invalid_client_key',
          source: 'poweroffice',
          detail: integration.last_error,
          fix: { kind: 'connection' },
        },
        actions: [openIntegration],
      }),
    );
  }
  const invoicing = integration.auto_invoice === 1;
  const missing = keyRefused
    ? []
    : missingFor(integration, invoicing ? [...ALWAYS_USED, ...INVOICING] : ALWAYS_USED);
  if (missing.length > 0) {
    problems.push(
      problem({
        key: `privileges_missing:${department.id}`,
        kind: 'privileges_missing',
        severity: 'error',
        department: dept,
        since: integration.updated_at,
        failure: {
          code: 'missing_privileges',
          source: 'poweroffice',
          detail: missing.join(', '),
          fix: { kind: 'connection' },
        },
        privileges: missing,
        actions: [openIntegration],
      }),
    );
  }
  if (invoicing) {
    const stall = now.getTime() - INVOICING_STALL_MINUTES * 60_000;
    const overdue = outbox.filter(
      (r) =>
        r.departmentId === department.id &&
        (r.status === 'pending' || r.status === 'sending') &&
        Date.parse(r.nextAttemptAt) < stall,
    );
    const invoicingMissing = keyRefused ? [] : missingFor(integration, INVOICING);
    const reason = keyRefused
      ? 'connection_failed'
      : invoicingMissing.length > 0
        ? 'privileges_missing'
        : overdue.length > 0
          ? 'orders_overdue'
          : null;
    if (reason) {
      problems.push(
        problem({
          key: `auto_invoice_stopped:${department.id}`,
          kind: 'auto_invoice_stopped',
          severity: 'error',
          department: dept,
          since: overdue[0]?.nextAttemptAt ?? integration.last_error_at ?? integration.updated_at,
          count: overdue.length || null,
          privileges: invoicingMissing,
          reason,
          actions:
            reason === 'orders_overdue'
              ? [{ type: 'open_order', orderId: overdue[0]!.orderId }]
              : [openIntegration],
        }),
      );
    }
  }
  return problems;
}
