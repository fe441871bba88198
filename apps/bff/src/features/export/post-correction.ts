import { correctionReference, diffVoucherLines } from '@qo/accounting';
import { dayActionResultSchema, exportDayParamsSchema, problemSchema } from '@qo/contracts';
import { findDepartment, listPostings, writeAudit } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';
import { runUnderDayClaim } from '../../services/export/day-claim';
import { decodeFailure } from '../../services/poweroffice/poweroffice-errors';
import { buildDay } from '../../services/export/day-voucher';
import { dayState } from '../../services/export/day-state';
import { postedLines } from '../../services/export/history';
import { loadPeriod } from '../../services/export/load-period';
import { documentVoucher } from '../../services/export/documentation';
import { dayFingerprint } from '../../services/export/period-days';
import { postOnce } from '../../services/export/post-once';

const postCorrectionRoute: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/departments/:id/export/days/:date/correction',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['export'],
        summary: 'Post a correction voucher holding only the difference between what was posted and the day as it is now',
        params: exportDayParamsSchema,
        response: { 200: dayActionResultSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema, 502: problemSchema },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const { date } = request.params;
      const found = foundOr404(await findDepartment(app.db, user.companyId, request.params.id), 'Avdelingen');
      // Under the day's claim: no transfer, reversal or other correction of the day runs meanwhile,
      // and what is read inside it is what the correction is posted against.
      return runUnderDayClaim(app, { departmentId: found.id, businessDay: date }, 'correction', async () => {
        const period = await loadPeriod(app, user.companyId, found.id, date, date);
        const department = period.department;
        const postings = await listPostings(app.db, department.id, date, date);
        const day = period.days[0]!;
        const fingerprint = dayFingerprint(day);
        const state = dayState(postings, undefined, fingerprint);
        if (state.status === 'reversed') {
          throw new AppError(
            'day_reversed',
            `Driftsdøgnet ${date} er reversert i PowerOffice GO og kan ikke korrigeres. ` +
              'Overfør dagen på nytt i stedet; da posteres den slik den er nå.',
          );
        }
        if (state.status !== 'changed' || !state.main) {
          throw new AppError('business_rule', `Driftsdøgnet ${date} er ikke endret siden overføringen; det er ingenting å korrigere`);
        }
        if (!period.powerOffice.ok) throw new AppError('not_connected', period.powerOffice.problem.message);
        const po = period.powerOffice.context;
        const rebuilt = buildDay(day, period.mappings, po).voucher;
        if (rebuilt && rebuilt.problems.length > 0) {
          throw new AppError('business_rule', `Korrigeringen kan ikke posteres ennå: ${rebuilt.problems.map((p) => p.message).join(' ')}`, {
            errors: rebuilt.problems.map((p) => ({ path: p.fix ?? 'orders', message: p.message })),
          });
        }
        const posted = [state.main, ...state.corrections].flatMap(postedLines);
        const difference = diffVoucherLines(posted, rebuilt?.lines ?? []);
        if (difference.length === 0) {
          throw new AppError('business_rule', `Ordrene for ${date} er endret, men bilaget blir det samme; det er ingenting å korrigere`);
        }
        const version = state.main.version;
        const ofVersion = postings.filter((p) => p.version === version && p.correction > 0);
        const last = ofVersion[ofVersion.length - 1];
        // A correction that failed or never finished keeps its number (and reference): it is looked up, not doubled.
        const correction = last && (last.status === 'failed' || last.status === 'sending') ? last.correction : (last?.correction ?? 0) + 1;
        const reference = correctionReference({ departmentId: department.id, businessDay: date, version, correction });
        const outcome = await postOnce(app, po, {
          companyId: user.companyId,
          departmentId: department.id,
          businessDay: date,
          version,
          correction,
          reference,
          fingerprint,
          transferId: null,
          userId: user.id,
          automatic: false,
          lines: difference,
          description: `Korrigering ${department.name} ${date}`,
        });
        if (outcome.kind === 'failed') {
          const { failure, message } = decodeFailure(outcome.message);
          throw new AppError('poweroffice_failed', message ?? undefined, {
            ...(failure ? { source: failure.source, params: { failure: failure.code } } : {}),
            ...(failure?.source === 'poweroffice' && failure.detail ? { powerOfficeDetail: failure.detail } : {}),
          });
        }
        if (outcome.kind === 'busy') throw new AppError('conflict', 'Korrigeringen sendes allerede');
        if (outcome.kind === 'sent') {
          const { postingId, voucherId, voucherNo } = outcome;
          await documentVoucher(app, po, {
            companyId: user.companyId,
            department,
            day,
            mappings: period.mappings,
            voucher: { postingId, voucherId, voucherNo, reference, correction, lines: difference },
          });
        }
        await writeAudit(app.db, {
          companyId: user.companyId,
          userId: user.id,
          entity: 'export_day',
          entityId: `${department.id}/${date}`,
          action: 'correction',
          old: null,
          new: { reference, voucherNo: outcome.voucherNo },
        });
        return { businessDay: date, status: 'sent' as const, voucherNo: outcome.voucherNo, externalReference: reference };
      });
    },
  );
};

export default postCorrectionRoute;
