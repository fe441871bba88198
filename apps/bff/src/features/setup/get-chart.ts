import { chartQuerySchema, chartSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { listConnectedDepartments, requireChartSource } from '../../services/mappings/chart-source';
import { mayForceRefresh } from '../../services/poweroffice/poweroffice-lists';
import { loadChart } from '../../services/mappings/load-chart';
import { MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';

/** What the pickers choose from: the chart and VAT codes of the department being viewed, with the cache's age. */
const getChartRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/chart-of-accounts',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: "The connected client's chart of accounts and VAT codes (cached; `refresh=true` reads anew)",
        querystring: chartQuerySchema,
        response: {
          200: chartSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
          429: problemSchema,
          502: problemSchema,
          503: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId, role } = currentUser(request);
      const { departmentId, refresh } = request.query;
      const connected = await listConnectedDepartments(app.db, companyId);
      const departments = connected.map((c) => ({
        id: c.department.id,
        name: c.department.name,
        clientName: c.integration.poweroffice_client_name,
      }));
      const source = await requireChartSource(app.db, companyId, departmentId);
      if (!source) return { departments, source: null, accounts: [], vatCodes: [] };
      const forced = await mayForceRefresh(app, role, refresh === 'true');
      const chart = await loadChart(app, companyId, source, { refresh: forced });
      return {
        departments,
        source: {
          departmentId: source.department.id,
          departmentName: source.department.name,
          clientName: source.integration.poweroffice_client_name,
          fetchedAt: chart.fetchedAt,
        },
        accounts: chart.accounts,
        vatCodes: chart.vatCodes,
      };
    },
  );
};

export default getChartRoute;
