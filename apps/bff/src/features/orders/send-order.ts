import { salesOrderReference } from '@qo/accounting';
import { orderDetailSchema, orderParamsSchema, problemSchema } from '@qo/contracts';
import {
  findOrderDetail,
  findOutboxRowByOrder,
  insertOutboxRows,
  requeueOutboxRow,
  toDbInstant,
} from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toOrderDetail } from './to-order-detail';

const sendOrderRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/orders/:id/poweroffice/send',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['orders'],
        summary: 'Send a credit order to PowerOffice as a sales order (again)',
        description:
          'For a failed, not-linked or waiting order, and for a credit order that was never queued (automatic ' +
          'invoicing off). Sent with the same ExternalImportReference, so it can never become two sales orders. ' +
          'Answers with the order after the attempt; 409 when it is already sent or being sent.',
        params: orderParamsSchema,
        response: {
          200: orderDetailSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const order = foundOr404(await findOrderDetail(app.db, companyId, request.params.id), 'Ordren');
      const worker = app.salesOrderWorker;
      const now = toDbInstant(worker.now());
      const row = await findOutboxRowByOrder(app.db, companyId, order.id);
      if (row?.status === 'sent')
        throw new AppError(
          'conflict',
          `Ordren er allerede sendt til PowerOffice GO (ordrenummer ${row.order_no ?? '–'}).`,
        );
      if (row?.status === 'sending') throw new AppError('conflict', 'Ordren sendes akkurat nå.');
      if (row) {
        if (!(await requeueOutboxRow(app.db, row.id, now)))
          throw new AppError('conflict', 'Ordren sendes akkurat nå.');
      } else {
        if (!order.customerId || !order.payments.some((p) => p.kind === 'credit')) {
          throw new AppError(
            'business_rule',
            'Bare ordrer betalt med kreditt av en kunde sendes til PowerOffice GO som salgsordre.',
          );
        }
        await insertOutboxRows(app.db, [
          {
            companyId,
            departmentId: order.departmentId,
            orderId: order.id,
            customerId: order.customerId,
            reference: salesOrderReference(order.departmentId, order.posId),
            now,
          },
        ]);
      }
      await worker.run();
      return toOrderDetail(foundOr404(await findOrderDetail(app.db, companyId, order.id), 'Ordren'));
    },
  );
};

export default sendOrderRoute;
