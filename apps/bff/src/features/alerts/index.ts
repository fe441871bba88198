import type { FastifyPluginAsync } from 'fastify';
import getAlertPreferencesRoute from './get-alert-preferences';
import listAlertsRoute from './list-alerts';
import markAlertsReadRoute from './mark-alerts-read';
import updateAlertPreferencesRoute from './update-alert-preferences';

/** Varsler: the bell's items and read marks, and each user's choice of alert e-mails. */
const alertsFeature: FastifyPluginAsync = async (app) => {
  await app.register(listAlertsRoute);
  await app.register(markAlertsReadRoute);
  await app.register(getAlertPreferencesRoute);
  await app.register(updateAlertPreferencesRoute);
};

export default alertsFeature;
