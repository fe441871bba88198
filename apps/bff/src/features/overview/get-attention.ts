import { attentionListSchema, problemSchema } from '@qo/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentUser } from '../../plugins/app/access';
import { listOpenProblems } from '../../services/problems/index';

const getAttentionRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/overview/attention',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['overview'],
        summary:
          'What needs a person now: failed, blocked and changed days, sales orders, connections, automation, setup',
        description:
          'Each problem has a stable `key` while it lasts and `actions` that fix it (typed targets, not URLs). ' +
          'Read from the state Eksport, invoicing, the connections and the setup checklist keep.',
        response: { 200: attentionListSchema, 401: problemSchema, 403: problemSchema },
      },
    },
    async (request) => {
      const now = new Date();
      const problems = await listOpenProblems(app.db, currentUser(request).companyId, { now });
      return { problems, checkedAt: now.toISOString() };
    },
  );
};

export default getAttentionRoute;
