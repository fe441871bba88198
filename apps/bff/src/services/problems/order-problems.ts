import type { AttentionAction, AttentionProblem } from '@qo/contracts';
import type { DepartmentRow, OpenOutboxRow } from '@qo/db';
import { orderFailure } from '../invoicing/to-poweroffice-state';
import { departmentRef, problem } from './problem';

/**
 * Credit orders that did not become sales orders: each failed one (with the failure the order
 * page shows, `services/invoicing/to-poweroffice-state.ts`), and per customer the orders waiting for the
 * customer to be linked.
 */
export function salesOrderProblems(
  outbox: readonly OpenOutboxRow[],
  departments: readonly DepartmentRow[],
): AttentionProblem[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const problems: AttentionProblem[] = [];
  const waiting = new Map<string, OpenOutboxRow[]>();
  for (const row of outbox) {
    const department = byId.get(row.departmentId);
    if (row.status === 'not_linked') {
      const key = `${row.customerId ?? ''}`;
      waiting.set(key, [...(waiting.get(key) ?? []), row]);
      continue;
    }
    if (row.status !== 'failed') continue;
    const failure = orderFailure(row.errorCode, row.error);
    problems.push(
      problem({
        key: `sales_order_failed:${row.orderId}`,
        kind: 'sales_order_failed',
        severity: 'error',
        department: department ? departmentRef(department) : null,
        order: { id: row.orderId, posId: row.posId, customerName: row.customerName },
        customer: row.customerId ? { id: row.customerId, name: row.customerName ?? '' } : null,
        since: row.updatedAt,
        failure,
        actions: orderActions(row, failure?.code ?? null),
      }),
    );
  }
  for (const [customerId, rows] of waiting) {
    const first = rows[0]!;
    const departmentIds = new Set(rows.map((r) => r.departmentId));
    const department = departmentIds.size === 1 ? byId.get(first.departmentId) : undefined;
    problems.push(
      problem({
        key: `sales_orders_not_linked:${customerId || 'none'}`,
        kind: 'sales_orders_not_linked',
        severity: 'warning',
        department: department ? departmentRef(department) : null,
        customer: first.customerId ? { id: first.customerId, name: first.customerName ?? '' } : null,
        since: first.createdAt,
        count: rows.length,
        failure: orderFailure(first.errorCode ?? 'not_linked', first.error),
        actions: first.customerId
          ? [{ type: 'link_customer', customerId: first.customerId }]
          : [{ type: 'open_order', orderId: first.orderId }],
      }),
    );
  }
  return problems;
}

function orderActions(row: OpenOutboxRow, code: string | null): AttentionAction[] {
  const open: AttentionAction = { type: 'open_order', orderId: row.orderId };
  switch (code) {
    case 'product_not_linked':
      return [{ type: 'link_products' }, open];
    case 'not_linked':
      return row.customerId ? [{ type: 'link_customer', customerId: row.customerId }, open] : [open];
    case 'invalid_client_key':
    case 'missing_privileges':
    case 'not_connected':
      return [
        { type: 'open_integration', departmentId: row.departmentId },
        { type: 'send_order_again', orderId: row.orderId },
        open,
      ];
    // Left to a person: the order itself must be looked at.
    case 'mixed_payment':
    case 'totals_mismatch':
      return [open];
    default:
      return [{ type: 'send_order_again', orderId: row.orderId }, open];
  }
}
