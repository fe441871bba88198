import { isClearingAccount } from '@qo/accounting';
import {
  clearingSettingParamsSchema,
  clearingSettingSchema,
  problemSchema,
  updateClearingSettingBodySchema,
} from '@qo/contracts';
import { findPaymentType, saveClearingSetting } from '@qo/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, foundOr404 } from '../../lib/app-error';
import { currentUser } from '../../plugins/app/access';

const updateClearingSettingRoute: FastifyPluginAsyncZod = async (app) => {
  app.put(
    '/reconciliation/settings/:paymentTypeId',
    {
      config: { roles: ['owner', 'accountant'] },
      schema: {
        tags: ['reconciliation'],
        summary: "Sets a clearing payment type's banking days before flagging and its fee tolerance",
        params: clearingSettingParamsSchema,
        body: updateClearingSettingBodySchema,
        response: {
          200: clearingSettingSchema,
          400: problemSchema,
          403: problemSchema,
          404: problemSchema,
          422: problemSchema,
        },
      },
    },
    async (request) => {
      const { companyId } = currentUser(request);
      const type = foundOr404(
        await findPaymentType(app.db, companyId, request.params.paymentTypeId),
        'Betalingstypen',
      );
      if (!isClearingAccount(type.account_no) || type.transfer_to_accounting !== 1) {
        throw new AppError(
          'business_rule',
          `«${type.name}» overføres ikke til en oppgjørskonto (1501–1599), så den avstemmes ikke. ` +
            'Velg en slik konto under Betalingstyper først.',
          { errors: [{ path: 'paymentTypeId', message: 'Betalingstypen har ingen oppgjørskonto' }] },
        );
      }
      const saved = await saveClearingSetting(app.db, companyId, { paymentTypeId: type.id, ...request.body });
      return {
        paymentTypeId: type.id,
        name: type.name,
        accountNo: type.account_no,
        openAfterBankingDays: saved.openAfterBankingDays,
        feeToleranceBp: saved.feeToleranceBp,
      };
    },
  );
};

export default updateClearingSettingRoute;
