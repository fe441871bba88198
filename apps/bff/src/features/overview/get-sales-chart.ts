import {
  departmentSalesChartSchema,
  overviewDepartmentParamsSchema,
  problemSchema,
  salesChartQuerySchema,
} from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { buildSalesChart } from './sales-chart';

const getSalesChartRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/overview/sales',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['overview'],
        summary:
          'Daily gross sales of the last 30 or 90 business days, and what of it was transferred to PowerOffice GO',
        params: overviewDepartmentParamsSchema,
        querystring: salesChartQuerySchema,
        response: {
          200: departmentSalesChartSchema,
          400: problemSchema,
          401: problemSchema,
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request) => {
      const { days, to } = request.query;
      return buildSalesChart(app.db, currentUser(request).companyId, request.params.id, days, to);
    },
  );
};

export default getSalesChartRoute;
