import { problemSchema, transferParamsSchema, transferSchema } from '@qo/contracts';
import { findTransfer, listTransferDays } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toTransfer } from './to-transfer';

const getTransferRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/transfers/:transferId',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary: "A transfer's progress and each day's result (voucher number or PowerOffice's error text)",
        params: transferParamsSchema,
        response: { 200: transferSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const transfer = foundOr404(
        await findTransfer(app.db, currentUser(request).companyId, request.params.transferId),
        'Overføringen',
      );
      return toTransfer(transfer, await listTransferDays(app.db, transfer.id));
    },
  );
};

export default getTransferRoute;
