import {
  POS_VAT_RATE_VALUES,
  problemSchema,
  setupStatusQuerySchema,
  vatCodeMappingSchema,
} from '@qo/contracts';
import { listVatCodes } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { chartFor, MAPPING_READ_ROLES } from '../../services/mappings/mapping-context';
import { toVatCodeMapping } from './to-vat-code';

const listVatCodesRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/vat-codes',
    {
      config: { roles: MAPPING_READ_ROLES },
      schema: {
        tags: ['mappings'],
        summary: 'The PowerOffice VAT code for each POS rate (25, 15, 12, 0), with the SAF-T suggestion',
        querystring: setupStatusQuerySchema,
        response: {
          200: z.array(vatCodeMappingSchema),
          401: problemSchema,
          403: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const [rows, chart] = await Promise.all([
        listVatCodes(app.db, companyId),
        chartFor(app, companyId, request.query.departmentId),
      ]);
      const byRate = new Map(rows.map((r) => [r.rate, r.poweroffice_vat_code]));
      // Every POS rate is listed, also one the company never stored a row for.
      return POS_VAT_RATE_VALUES.map((rate) => toVatCodeMapping(rate, byRate.get(rate) ?? null, chart));
    },
  );
};

export default listVatCodesRoute;
