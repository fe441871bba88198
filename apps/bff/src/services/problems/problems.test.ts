import type { AttentionList, AttentionProblem } from '@qo/contracts';
import {
  claimOutboxRow,
  finishOutboxRow,
  findLiveIntegration,
  insertOutboxRows,
  listCustomers,
  listProductTypes,
  recordIntegrationError,
  recordIntegrationSuccess,
  toDbInstant,
  updateIntegration,
  updateProductType,
} from '@qo/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardSale, createExportKit, type ExportKit } from '../../test/export-test-kit';
import { logIn, seedOtherCompany } from '../../test/test-app';
import { listOpenProblems } from './index';

/*
 * The open-problems service against the real export: a simulator over HTTP, the app on SQLite (and
 * on PostgreSQL in the postgres project). Each problem is made the way it happens (a transfer that
 * fails or is blocked, a sale arriving after a transfer, a refused key) and solved the way a user
 * solves it; the list must say what Eksport's history says, keep a problem's key while it lasts and
 * drop it once solved. The automatic export and the sales-order worker are stopped, so nothing
 * changes the state behind the test's back.
 */

let kit: ExportKit;
beforeAll(async () => {
  kit = await createExportKit({ EXPORT_RETRY_WINDOW_MS: '2000' });
  kit.app.exportJobs.scheduler.stop();
  await kit.app.salesOrderWorker.stop();
}, 120_000);
afterAll(() => kit?.close());

async function attention(): Promise<AttentionProblem[]> {
  const res = await kit.call('GET', '/api/overview/attention');
  expect(res.statusCode).toBe(200);
  return (res.json() as AttentionList).problems;
}
const ofDepartment = (problems: AttentionProblem[]) =>
  problems.filter((p) => p.department?.id === kit.departmentId);
const find = (problems: AttentionProblem[], key: string) => problems.find((p) => p.key === key);
async function historyStatus(day: string): Promise<string> {
  const res = await kit.call(
    'GET',
    `/api/departments/${kit.departmentId}/export/history?from=${day}&to=${day}`,
  );
  return (res.json() as { days: { status: string }[] }).days[0]!.status;
}
async function retryDay(day: string) {
  const res = await kit.call('POST', `/api/departments/${kit.departmentId}/export/transfers`, {
    from: day,
    to: day,
  });
  expect(res.statusCode).toBe(202);
  return kit.waitFor((res.json() as { transferId: string }).transferId);
}

describe('open problems of business days', () => {
  it('has nothing to say about a department whose days are all sent', async () => {
    await kit.ingest([cardSale('S1', '2026-01-05', 12_300)]);
    expect((await kit.transfer('2026-01-05', '2026-01-05')).status).toBe('done');
    const problems = ofDepartment(await attention());
    expect(problems.filter((p) => p.kind.startsWith('day_'))).toEqual([]);
  });

  it('lists a failed day with PowerOffice\'s reason and "try again", keeps its key, and drops it once the retry sends it', async () => {
    const day = '2026-01-06';
    await kit.ingest([cardSale('F1', day, 9_900)]);
    await kit.sim('POST', '/_sim/faults', { rateLimitedForMs: 120_000 });
    try {
      expect((await kit.transfer(day, day)).status).toBe('done_with_failures');
    } finally {
      await kit.sim('DELETE', '/_sim/faults');
    }
    expect(await historyStatus(day)).toBe('failed');

    const key = `day_failed:${kit.departmentId}:${day}`;
    const first = find(await attention(), key);
    expect(first).toMatchObject({
      kind: 'day_failed',
      severity: 'error',
      department: { id: kit.departmentId, name: 'Sentrum' },
      businessDay: day,
      failure: { code: 'rate_limited', source: 'poweroffice' },
    });
    expect(first!.actions[0]).toEqual({
      type: 'retry_day',
      departmentId: kit.departmentId,
      businessDay: day,
    });
    expect(first!.actions).toContainEqual({
      type: 'open_export_day',
      departmentId: kit.departmentId,
      businessDay: day,
    });
    expect(Date.parse(first!.since!)).not.toBeNaN();
    // Read again: the same problem under the same key.
    expect(find(await attention(), key)).toEqual(first);

    expect((await retryDay(day)).days[0]!.status).toBe('sent');
    expect(await historyStatus(day)).toBe('sent');
    expect(find(await attention(), key)).toBeUndefined();
  }, 120_000);

  it('lists a blocked day with why and the mapping row that fixes it; once fixed, transferring is what is left', async () => {
    const day = '2026-01-07';
    await kit.ingest([
      {
        id: 'D1',
        closedAt: `${day}T20:00:00+01:00`,
        lines: [{ type: 'Dessert', quantity: 1, unitPrice: 7500, vatRate: 25 }],
        payments: [{ type: 'Kort', amount: 7500 }],
      },
    ]);
    expect((await kit.transfer(day, day)).days[0]!.status).toBe('blocked');
    expect(await historyStatus(day)).toBe('blocked');
    const dessert = (await listProductTypes(kit.app.db, kit.companyId)).find((p) => p.name === 'Dessert')!;

    const key = `day_blocked:${kit.departmentId}:${day}`;
    const blocked = find(await attention(), key);
    expect(blocked).toMatchObject({
      kind: 'day_blocked',
      businessDay: day,
      failure: { code: 'blocked', source: 'quickorder' },
    });
    expect(blocked!.failure!.detail).toMatch(/Dessert/);
    expect(blocked!.actions[0]).toEqual({
      type: 'fix_mapping',
      page: 'product_types',
      ref: dessert.id,
      name: 'Dessert',
    });

    await updateProductType(kit.app.db, kit.companyId, dessert.id, {
      name: 'Dessert',
      kind: 'sales',
      normalAccountNo: 3010,
      reducedAccountNo: 3040,
    });
    // Still blocked in the history (no transfer since), but nothing blocks it now: "try again".
    expect(find(await attention(), key)!.actions[0]).toEqual({
      type: 'retry_day',
      departmentId: kit.departmentId,
      businessDay: day,
    });
    expect((await retryDay(day)).days[0]!.status).toBe('sent');
    expect(find(await attention(), key)).toBeUndefined();
  }, 120_000);

  it('lists a sent day whose sales changed afterwards, from when the late sale arrived, until it is corrected', async () => {
    const day = '2026-01-05';
    const before = new Date().toISOString();
    await kit.ingest([cardSale('S1-late', day, 4_500)]);
    const after = new Date().toISOString();
    expect(await historyStatus(day)).toBe('changed');

    const key = `day_changed:${kit.departmentId}:${day}`;
    const changed = find(await attention(), key);
    expect(changed).toMatchObject({ kind: 'day_changed', severity: 'warning', businessDay: day });
    expect(changed!.actions).toEqual([
      { type: 'open_export_day', departmentId: kit.departmentId, businessDay: day },
    ]);
    expect(changed!.since! >= before && changed!.since! <= after).toBe(true);

    const corrected = await kit.call(
      'POST',
      `/api/departments/${kit.departmentId}/export/days/${day}/correction`,
    );
    expect(corrected.statusCode).toBe(200);
    expect(find(await attention(), key)).toBeUndefined();
  }, 60_000);

  it('says automatic export has stopped when an ended day waits well past its grace, not before', async () => {
    const day = '2026-01-12';
    await kit.ingest([cardSale('A1', day, 3_300)]);
    const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
    await updateIntegration(kit.app.db, integration.id, {
      auto_export: 1,
      auto_export_since: '2026-01-12T06:00:00.000Z',
    });
    try {
      // The day ends 13 January 05:00 Oslo (04:00 UTC); the export's grace is 30 minutes.
      const soon = await listOpenProblems(kit.app.db, kit.companyId, {
        now: new Date('2026-01-13T04:45:00Z'),
      });
      expect(soon.find((p) => p.kind === 'auto_export_stopped')).toBeUndefined();
      const late = await listOpenProblems(kit.app.db, kit.companyId, {
        now: new Date('2026-01-13T07:00:00Z'),
      });
      expect(late.find((p) => p.key === `auto_export_stopped:${kit.departmentId}`)).toMatchObject({
        kind: 'auto_export_stopped',
        reason: 'not_running',
        count: 1,
        businessDay: day,
        since: '2026-01-13T04:30:00.000Z',
      });
    } finally {
      await updateIntegration(kit.app.db, integration.id, { auto_export: 0, auto_export_since: null });
    }
  });
});

describe('open problems of connections, sales orders and setup', () => {
  it("lists a refused client key with PowerOffice's words until a call works again", async () => {
    const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
    await recordIntegrationError(kit.app.db, integration.id, 'Invalid client key', { keysRefused: true });
    const key = `connection_failed:${kit.departmentId}`;
    expect(find(await attention(), key)).toMatchObject({
      kind: 'connection_failed',
      failure: {
        code: 'invalid_client_key',
        source: 'poweroffice',
        detail: 'Invalid client key',
        fix: { kind: 'connection' },
      },
      actions: [{ type: 'open_integration', departmentId: kit.departmentId }],
    });
    await recordIntegrationSuccess(kit.app.db, integration.id);
    expect(find(await attention(), key)).toBeUndefined();
  });

  it("lists privileges a feature in use lacks, and invoicing's only when invoicing is on", async () => {
    const integration = (await findLiveIntegration(kit.app.db, kit.companyId, kit.departmentId))!;
    const granted = integration.granted_privileges;
    const all = JSON.parse(granted!) as string[];
    await updateIntegration(kit.app.db, integration.id, {
      granted_privileges: JSON.stringify(
        all.filter((p) => p !== 'VoucherDocumentation_Full' && p !== 'SalesOrders_Full'),
      ),
    });
    try {
      const key = `privileges_missing:${kit.departmentId}`;
      expect(find(await attention(), key)!.privileges).toEqual(['VoucherDocumentation_Full']);
      await updateIntegration(kit.app.db, integration.id, { auto_invoice: 1 });
      const problems = await attention();
      expect(find(problems, key)!.privileges.sort()).toEqual([
        'SalesOrders_Full',
        'VoucherDocumentation_Full',
      ]);
      expect(find(problems, `auto_invoice_stopped:${kit.departmentId}`)).toMatchObject({
        reason: 'privileges_missing',
        privileges: ['SalesOrders_Full'],
      });
    } finally {
      await updateIntegration(kit.app.db, integration.id, { granted_privileges: granted, auto_invoice: 0 });
    }
    expect(
      ofDepartment(await attention()).filter(
        (p) => p.kind === 'privileges_missing' || p.kind === 'auto_invoice_stopped',
      ),
    ).toEqual([]);
  });

  it('lists a failed sales order with "send again", and orders waiting for a customer link per customer', async () => {
    const orders = await kit.app.db
      .selectFrom('orders')
      .select(['id', 'pos_id'])
      .where('department_id', '=', kit.departmentId)
      .orderBy('pos_id')
      .execute();
    const [failedOrder, waiting1, waiting2] = orders;
    const customer = (await listCustomers(kit.app.db, kit.companyId))[0]!;
    const now = toDbInstant();
    await insertOutboxRows(
      kit.app.db,
      [failedOrder!, waiting1!, waiting2!].map((o) => ({
        companyId: kit.companyId,
        departmentId: kit.departmentId,
        orderId: o.id,
        customerId: customer.id,
        reference: `QO-T-${o.pos_id}`,
        now,
      })),
    );
    const rows = await kit.app.db.selectFrom('sales_order_outbox').select(['id', 'order_id']).execute();
    const rowOf = (orderId: string) => rows.find((r) => r.order_id === orderId)!.id;
    for (const [order, outcome] of [
      [
        failedOrder!,
        {
          status: 'failed' as const,
          error_code: 'validation',
          error: 'PowerOffice GO: Customer is archived',
        },
      ],
      [
        waiting1!,
        { status: 'not_linked' as const, error_code: 'not_linked', error: 'Kunden er ikke koblet' },
      ],
      [
        waiting2!,
        { status: 'not_linked' as const, error_code: 'not_linked', error: 'Kunden er ikke koblet' },
      ],
    ] as const) {
      expect(await claimOutboxRow(kit.app.db, rowOf(order.id), now)).toBe(true);
      await finishOutboxRow(kit.app.db, rowOf(order.id), outcome, now);
    }

    const problems = await attention();
    expect(find(problems, `sales_order_failed:${failedOrder!.id}`)).toMatchObject({
      kind: 'sales_order_failed',
      order: { id: failedOrder!.id, posId: failedOrder!.pos_id, customerName: customer.name },
      failure: { code: 'refused', source: 'poweroffice', detail: 'Customer is archived' },
      actions: [
        { type: 'send_order_again', orderId: failedOrder!.id },
        { type: 'open_order', orderId: failedOrder!.id },
      ],
    });
    expect(find(problems, `sales_orders_not_linked:${customer.id}`)).toMatchObject({
      kind: 'sales_orders_not_linked',
      count: 2,
      customer: { id: customer.id, name: customer.name },
      actions: [{ type: 'link_customer', customerId: customer.id }],
    });
    await kit.app.db.deleteFrom('sales_order_outbox').execute();
    expect((await attention()).filter((p) => p.kind.startsWith('sales_order'))).toEqual([]);
  });

  it('lists a setup step that is not done, with the step to open', async () => {
    const res = await kit.call('PUT', '/api/accounting-settings', { roundingAccountNo: null });
    expect(res.statusCode).toBe(200);
    try {
      expect(find(await attention(), 'setup_step_missing:rounding_account')).toMatchObject({
        kind: 'setup_step_missing',
        step: 'rounding_account',
        actions: [{ type: 'open_setup_step', step: 'rounding_account' }],
      });
    } finally {
      await kit.call('PUT', '/api/accounting-settings', { roundingAccountNo: 7740 });
    }
    expect(find(await attention(), 'setup_step_missing:rounding_account')).toBeUndefined();
  });

  it('answers owners and accountants of the company only', async () => {
    const staff = await logIn(kit.app, 'ansatt@demo.no');
    expect((await kit.call('GET', '/api/overview/attention', undefined, staff)).statusCode).toBe(403);
    expect((await kit.app.inject({ method: 'GET', url: '/api/overview/attention' })).statusCode).toBe(401);
    const other = await seedOtherCompany(kit.app.db);
    const otherOwner = await logIn(kit.app, other.email, other.password);
    const theirs = (
      await kit.call('GET', '/api/overview/attention', undefined, otherOwner)
    ).json() as AttentionList;
    expect(
      theirs.problems.every((p) => p.department === null || p.department.id === other.departmentId),
    ).toBe(true);
    expect(theirs.problems.some((p) => p.department?.id === kit.departmentId)).toBe(false);
  });
});
