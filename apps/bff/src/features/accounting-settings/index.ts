import type { FastifyPluginAsync } from 'fastify';
import getAccountingSettingsRoute from './get-accounting-settings';
import updateAccountingSettingsRoute from './update-accounting-settings';

/** Regnskapsinnstillinger: the øreavrunding account, `/api/accounting-settings`. */
const accountingSettingsFeature: FastifyPluginAsync = async (app) => {
  await app.register(getAccountingSettingsRoute);
  await app.register(updateAccountingSettingsRoute);
};

export default accountingSettingsFeature;
