import {
  accountingSettingsBodySchema,
  accountingSettingsSchema,
  problemSchema,
  setupStatusQuerySchema,
} from '@qo/contracts';
import { getAccountingSettings, setAccountingSettings, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { requireChartSource } from '../../services/mappings/chart-source';
import { loadChartOrCached } from '../../services/mappings/load-chart';
import {
  changedFields,
  MAPPING_WRITE_ROLES,
  refuseInvalidMapping,
} from '../../services/mappings/mapping-context';
import { roundingAccountProblems } from '../../services/mappings/mapping-rules';
import { suggestRoundingAccount } from './suggest-rounding-account';

const updateAccountingSettingsRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/accounting-settings',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'Set the øreavrunding (rounding) account',
        querystring: setupStatusQuerySchema,
        body: accountingSettingsBodySchema,
        response: {
          200: accountingSettingsSchema,
          400: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const source = await requireChartSource(app.db, user.companyId, request.query.departmentId);
      const chart = await loadChartOrCached(app, user.companyId, source);
      const before = await getAccountingSettings(app.db, user.companyId);
      const body = request.body;
      refuseInvalidMapping(
        roundingAccountProblems(body.roundingAccountNo, chart),
        chart,
        changedFields(before, body, ['roundingAccountNo']),
      );
      await setAccountingSettings(app.db, user.companyId, body);
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'accounting_settings',
        entityId: user.companyId,
        action: 'update',
        old: before,
        new: body,
      });
      const suggested = await suggestRoundingAccount(app, user.companyId, source);
      return {
        ...body,
        suggestedRoundingAccountNo: suggested,
        problems: roundingAccountProblems(body.roundingAccountNo, chart),
      };
    },
  );
};

export default updateAccountingSettingsRoute;
