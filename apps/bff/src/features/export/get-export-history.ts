import {
  exportDepartmentParamsSchema,
  exportHistorySchema,
  exportPeriodSchema,
  problemSchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { buildHistory } from '../../services/export/history';

const getExportHistoryRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/export/history',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary:
          'Per business day: not transferred, sent, failed, blocked, changed since transfer or reversed',
        params: exportDepartmentParamsSchema,
        querystring: exportPeriodSchema,
        response: { 200: exportHistorySchema, 400: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return buildHistory(app, currentUser(request).companyId, request.params.id, from, to);
    },
  );
};

export default getExportHistoryRoute;
