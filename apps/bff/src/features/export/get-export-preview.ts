import {
  exportDepartmentParamsSchema,
  exportPeriodSchema,
  exportPreviewSchema,
  problemSchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { buildPreview } from './preview';

const getExportPreviewRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/export/preview',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary: 'The vouchers of a period, one per business day, as they would be posted',
        params: exportDepartmentParamsSchema,
        querystring: exportPeriodSchema,
        response: { 200: exportPreviewSchema, 400: problemSchema, 403: problemSchema, 404: problemSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      return buildPreview(app, currentUser(request).companyId, request.params.id, from, to);
    },
  );
};

export default getExportPreviewRoute;
