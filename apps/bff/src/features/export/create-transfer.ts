import { listBusinessDays } from '@qo/accounting';
import {
  createTransferBodySchema,
  exportDepartmentParamsSchema,
  problemSchema,
  transferCreatedSchema,
} from '@qo/contracts';
import { findDepartment, findLiveIntegration, insertTransfer } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';

const createTransferRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/export/transfers',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary: 'Transfer the vouchers of a period to PowerOffice GO (runs in the background)',
        description:
          'Answers 202 with the transfer id at once; poll GET /api/transfers/{transferId}. Days with problems are skipped ' +
          'as blocked; a day already sent is never posted again.',
        params: exportDepartmentParamsSchema,
        body: createTransferBodySchema,
        response: {
          202: transferCreatedSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const department = foundOr404(
        await findDepartment(app.db, user.companyId, request.params.id),
        'Avdelingen',
      );
      if (!(await findLiveIntegration(app.db, user.companyId, department.id))) {
        throw new AppError(
          'not_connected',
          'Avdelingen er ikke koblet til PowerOffice GO. Koble den til under Integrasjoner.',
        );
      }
      const { from, to } = request.body;
      const transfer = await insertTransfer(app.db, {
        companyId: user.companyId,
        departmentId: department.id,
        from,
        to,
        trigger: 'manual',
        userId: user.id,
        days: listBusinessDays(from, to),
      });
      app.exportJobs.runner.enqueue(transfer.id);
      return reply.code(202).send({ transferId: transfer.id });
    },
  );
};

export default createTransferRoute;
