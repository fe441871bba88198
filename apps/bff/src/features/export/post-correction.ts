import { dayActionResultSchema, exportDayParamsSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { postCorrection } from '../../services/export/correction';

const postCorrectionRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/export/days/:date/correction',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary:
          'Post a correction voucher holding only the difference between what was posted and the day as it is now',
        params: exportDayParamsSchema,
        response: {
          200: dayActionResultSchema,
          403: problemSchema,
          404: problemSchema,
          409: problemSchema,
          422: problemSchema,
          502: problemSchema,
        },
      },
    },
    async (request) => postCorrection(app, currentUser(request), request.params.id, request.params.date),
  );
};

export default postCorrectionRoute;
