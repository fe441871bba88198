import type { FastifyPluginAsync } from 'fastify';
import getReconciliationRoute from './get-reconciliation';
import listClearingSettingsRoute from './list-clearing-settings';
import updateClearingSettingRoute from './update-clearing-setting';

/** Avstemming: the clearing accounts against PowerOffice GO's ledger, and its settings per payment type. */
const reconciliationFeature: FastifyPluginAsync = async (app) => {
  await app.register(getReconciliationRoute);
  await app.register(listClearingSettingsRoute);
  await app.register(updateClearingSettingRoute);
};

export default reconciliationFeature;
