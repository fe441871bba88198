import {
  problemSchema,
  setupStatusQuerySchema,
  vatCodeBodySchema,
  vatCodeMappingSchema,
  vatCodeParamsSchema,
} from '@qo/contracts';
import { listVatCodes, setVatCode, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { chartFor, MAPPING_WRITE_ROLES, refuseInvalidMapping } from '../../services/mappings/mapping-context';
import { vatCodeProblems } from '../../services/mappings/mapping-rules';
import { toVatCodeMapping } from './to-vat-code';

const updateVatCodeRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/vat-codes/:rate',
    {
      config: { roles: MAPPING_WRITE_ROLES },
      schema: {
        tags: ['mappings'],
        summary:
          'Choose the PowerOffice VAT code for one POS rate; a code with another rate is refused (422)',
        params: vatCodeParamsSchema,
        querystring: setupStatusQuerySchema,
        body: vatCodeBodySchema,
        response: { 200: vatCodeMappingSchema, 400: problemSchema, 403: problemSchema, 422: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { rate } = request.params;
      const code = request.body.powerOfficeVatCode;
      const chart = await chartFor(app, user.companyId, request.query.departmentId);
      const before =
        (await listVatCodes(app.db, user.companyId)).find((r) => r.rate === rate)?.poweroffice_vat_code ??
        null;
      if (code !== before)
        refuseInvalidMapping(vatCodeProblems(rate, code, chart), chart, { powerOfficeVatCode: code });
      await setVatCode(app.db, user.companyId, rate, code);
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'vat_code',
        entityId: String(rate),
        action: 'update',
        old: { rate, powerOfficeVatCode: before },
        new: { rate, powerOfficeVatCode: code },
      });
      return toVatCodeMapping(rate, code, chart);
    },
  );
};

export default updateVatCodeRoute;
