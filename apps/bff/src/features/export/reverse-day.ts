import { dayActionResultSchema, exportDayParamsSchema, problemSchema } from '@qo/contracts';
import { findDepartment, listPostings, markPostingReversed, writeAudit, type ExportPostingRow } from '@qo/db';
import { isPowerOfficeError } from '@qo/poweroffice';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { toAppError } from '../integrations/poweroffice-errors';
import { referenceOf } from './day-voucher';
import { dayState } from './day-state';
import { loadPowerOfficeContext, type PowerOfficeContext } from './poweroffice-context';

/**
 * Reverses one voucher through the journal it was posted to (days sent before journals were
 * recorded are manual journals); a lost answer is checked by reading the voucher, never by asking twice.
 */
async function reverseOnce(po: PowerOfficeContext, posting: ExportPostingRow): Promise<void> {
  const voucherId = posting.voucher_id!;
  const journal = posting.journal ?? 'manual';
  try {
    await po.client.reverseVoucher(voucherId, journal);
  } catch (error) {
    if (isPowerOfficeError(error) && (error.kind === 'unavailable' || error.kind === 'validation')) {
      const voucher = await po.client.getVoucher(journal, voucherId).catch(() => undefined);
      if (voucher?.IsReversed) return;
    }
    throw toAppError(error);
  }
}

const reverseDayRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/export/days/:date/reverse',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary: "Reverse a transferred day in PowerOffice GO (its corrections too); the next transfer posts the day's next version",
        params: exportDayParamsSchema,
        response: { 200: dayActionResultSchema, 403: problemSchema, 404: problemSchema, 422: problemSchema, 502: problemSchema, 503: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { date } = request.params;
      const department = foundOr404(await findDepartment(app.db, user.companyId, request.params.id), 'Avdelingen');
      const state = dayState(await listPostings(app.db, department.id, date, date), undefined, null);
      const main = state.main;
      if (!main || main.status !== 'sent' || !main.voucher_id) {
        throw new AppError('business_rule', `Driftsdøgnet ${date} er ikke overført, så det er ingenting å reversere`);
      }
      const powerOffice = await loadPowerOfficeContext(app, user.companyId, department.id);
      if (!powerOffice.ok) throw new AppError('not_connected', powerOffice.problem.message);

      // Corrections first (newest first), then the day's voucher: each reversal is recorded at once.
      for (const posting of [...state.corrections].reverse()) {
        if (posting.voucher_id) await reverseOnce(powerOffice.context, posting);
        await markPostingReversed(app.db, posting.id);
      }
      await reverseOnce(powerOffice.context, main);
      await markPostingReversed(app.db, main.id);
      await writeAudit(app.db, {
        companyId: user.companyId,
        userId: user.id,
        entity: 'export_day',
        entityId: `${department.id}/${date}`,
        action: 'reverse',
        old: { reference: main.reference, voucherNo: main.voucher_no },
        new: null,
      });
      return {
        businessDay: date,
        status: 'reversed' as const,
        voucherNo: main.voucher_no,
        externalReference: referenceOf(department.id, date, main.version + 1),
      };
    },
  );
};

export default reverseDayRoute;
