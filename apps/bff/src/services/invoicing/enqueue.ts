import { salesOrderReference } from '@qo/accounting';
import { findLiveIntegration, insertOutboxRows, listUnqueuedCreditOrders, toDbInstant } from '@qo/db';
import type { FastifyInstance } from 'fastify';

/**
 * Called after a POS batch is stored: the batch's credit orders with a customer go into the
 * outbox when the department has automatic invoicing on. Idempotent (one row per order), so a
 * resent batch, or a crash between storing and this call followed by the POS's resend, still
 * enqueues each order exactly once. Returns how many rows were added.
 */
export async function enqueueCreditOrders(
  app: FastifyInstance,
  target: { companyId: string; departmentId: string },
  posIds: readonly string[],
): Promise<number> {
  if (posIds.length === 0) return 0;
  const integration = await findLiveIntegration(app.db, target.companyId, target.departmentId);
  if (!integration || integration.auto_invoice !== 1) return 0;
  const orders = await listUnqueuedCreditOrders(app.db, target.departmentId, posIds);
  if (orders.length === 0) return 0;
  const worker = app.salesOrderWorker;
  const now = toDbInstant(worker.now());
  const inserted = await insertOutboxRows(
    app.db,
    orders.map((o) => ({
      companyId: target.companyId,
      departmentId: target.departmentId,
      orderId: o.id,
      customerId: o.customerId,
      reference: salesOrderReference(target.departmentId, o.posId),
      now,
    })),
  );
  if (inserted) worker.kick();
  return inserted;
}
