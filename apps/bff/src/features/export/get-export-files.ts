import { exportDepartmentParamsSchema, exportFileQuerySchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { currentUser } from '../../plugins/app/access';
import { fileName, historyTable, previewTable, toCsv, toXlsx, type FileTable } from './export-files';
import { buildHistory } from '../../services/export/history';
import { buildPreview } from './preview';

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/**
 * The preview and the history of a period as CSV or Excel files, with the columns the Eksport page
 * shows (`export-files.ts`): `GET …/export/preview.csv`, `preview.xlsx`, `history.csv`, `history.xlsx`.
 */
const getExportFilesRoute: FastifyPluginAsyncZod = async (app) => {
  for (const kind of ['preview', 'history'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      app.get(
        `/departments/:id/export/${kind}.${format}`,
        {
          config: { roles: ['owner', 'accountant'] },
          schema: {
            tags: ['export'],
            summary:
              kind === 'preview'
                ? `The period's vouchers as ${format === 'csv' ? 'CSV' : 'an Excel workbook'}, one row per voucher line`
                : `The period's history as ${format === 'csv' ? 'CSV' : 'an Excel workbook'}, one row per business day`,
            description:
              format === 'csv'
                ? 'Semicolon-separated, decimal comma, UTF-8 with BOM, CRLF line ends. `lang` (nb, en) names the columns.'
                : 'One worksheet, amounts as numbers in kroner with two decimals, dates as dates. `lang` (nb, en) names the columns.',
            params: exportDepartmentParamsSchema,
            querystring: exportFileQuerySchema,
            response: {
              200: z.any().describe(`The file (${CONTENT_TYPES[format]})`),
              400: problemSchema,
              403: problemSchema,
              404: problemSchema,
            },
          },
        },
        async (request, reply) => {
          const { from, to, lang } = request.query;
          const { companyId } = currentUser(request);
          let table: FileTable;
          let department: string;
          if (kind === 'preview') {
            const preview = await buildPreview(app, companyId, request.params.id, from, to);
            table = previewTable(preview, lang);
            department = preview.department.name;
          } else {
            const history = await buildHistory(app, companyId, request.params.id, from, to);
            table = historyTable(history, lang);
            department = history.department.name;
          }
          const name = fileName(kind, lang, department, from, to, format);
          const body = format === 'csv' ? toCsv(table) : await toXlsx(table);
          return reply
            .type(CONTENT_TYPES[format])
            .header(
              'Content-Disposition',
              `attachment; filename="${name.ascii}"; filename*=UTF-8''${encodeURIComponent(name.utf8)}`,
            )
            .header('Cache-Control', 'private, no-store')
            .send(body);
        },
      );
    }
  }
};

export default getExportFilesRoute;
