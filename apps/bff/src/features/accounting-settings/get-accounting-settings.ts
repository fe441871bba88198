import { accountingSettingsSchema, problemSchema, setupStatusQuerySchema } from '@qo/contracts';
import { getAccountingSettings } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { requireChartSource } from '../../services/mappings/chart-source';
import { loadChartOrCached } from '../../services/mappings/load-chart';
import { MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';
import { roundingAccountProblems } from '../../services/mappings/mapping-rules';
import { suggestRoundingAccount } from './suggest-rounding-account';

const getAccountingSettingsRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/accounting-settings',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: "The øreavrunding (rounding) account, with a suggestion from the client's VAT settings",
        querystring: setupStatusQuerySchema,
        response: {
          200: accountingSettingsSchema,
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const source = await requireChartSource(app.db, companyId, request.query.departmentId);
      const [settings, chart, suggested] = await Promise.all([
        getAccountingSettings(app.db, companyId),
        loadChartOrCached(app, companyId, source),
        suggestRoundingAccount(app, companyId, source),
      ]);
      return {
        ...settings,
        suggestedRoundingAccountNo: suggested,
        problems: roundingAccountProblems(settings.roundingAccountNo, chart),
      };
    },
  );
};

export default getAccountingSettingsRoute;
