import { exportDocumentParamsSchema, problemSchema } from '@qo/contracts';
import { documentPdf, findDepartment, findExportDocument } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';

const getExportDocumentRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/departments/:id/export/documents/:postingId',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary:
          "A sent voucher's dagsoppgjør: the very PDF that was (or is to be) attached to it in PowerOffice",
        params: exportDocumentParamsSchema,
        response: {
          200: z.any().describe('The PDF (application/pdf)'),
          403: problemSchema,
          404: problemSchema,
        },
      },
    },
    async (request, reply) => {
      const { companyId } = currentUser(request);
      const department = foundOr404(await findDepartment(app.db, companyId, request.params.id), 'Avdelingen');
      const document = await findExportDocument(app.db, companyId, request.params.postingId);
      const found = foundOr404(
        document?.department_id === department.id ? document : undefined,
        'Dagsoppgjøret',
      );
      const ascii = found.file_name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .type('application/pdf')
        .header(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(found.file_name)}`,
        )
        .header('Cache-Control', 'private, no-store')
        .send(documentPdf(found));
    },
  );
};

export default getExportDocumentRoute;
