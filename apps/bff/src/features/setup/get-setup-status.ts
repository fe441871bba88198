import { problemSchema, setupStatusQuerySchema, setupStatusSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { findChartSource, readCachedChart } from '../../services/mappings/chart-source';
import { computeSetupStatus } from '../../services/mappings/compute-setup-status';
import { loadChart } from '../../services/mappings/load-chart';
import { MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';

const getSetupStatusRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/setup-status',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary:
          "The guide's setup checklist, in order: each step done or not, its problems and where to fix them",
        description:
          "With `departmentId` the department steps concern that department (and its client's chart); without, all departments.",
        querystring: setupStatusQuerySchema,
        response: { 200: setupStatusSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const { departmentId } = request.query;
      const source = await findChartSource(app.db, companyId, departmentId);
      let chart = null;
      if (source) {
        // The checklist must answer even when PowerOffice does not: then the last cached chart.
        chart = await loadChart(app, companyId, source).catch(() => readCachedChart(app.db, source));
      }
      return (await computeSetupStatus(app.db, companyId, departmentId, { chart })).steps;
    },
  );
};

export default getSetupStatusRoute;
