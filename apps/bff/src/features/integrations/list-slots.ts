import { integrationSlotSchema, problemSchema, SLOT_COUNT, slotName } from '@qo/contracts';
import { listLiveIntegrations } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ALL_ROLES, currentUser } from '../../plugins/app/access';
import { applicationKeyForSlot } from '../../services/poweroffice/application-keys';

const listSlotsRoute: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/integration/slots',
    {
      config: { roles: ALL_ROLES },
      schema: {
        tags: ['integrations'],
        summary: "The ten application-key slots and which of the company's departments use each",
        response: { 200: z.array(integrationSlotSchema), 401: problemSchema },
      },
    },
    async (request) => {
      const live = await listLiveIntegrations(app.db, currentUser(request).companyId);
      return Array.from({ length: SLOT_COUNT }, (_, slot) => ({
        slot,
        name: slotName(slot),
        applicationKey: applicationKeyForSlot(app.config, slot),
        usedBy: live.filter((i) => i.slot === slot).map((i) => i.department_id),
      }));
    },
  );
};

export default listSlotsRoute;
