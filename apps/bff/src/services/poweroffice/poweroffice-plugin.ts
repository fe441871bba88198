import { listIntegrationsSealedWithOtherKey, updateIntegration } from '@qo/db';
import { createPowerOfficeClient, type PowerOfficeClient } from '@qo/poweroffice';
import fp from 'fastify-plugin';
import { createSecretBox, type SecretBox } from '../../lib/secret-box';
import { clientKeyAad } from './client-key';
import { budgetKey, DatabaseRequestBudget, RefreshBudget } from './poweroffice-budget';

declare module 'fastify' {
  interface FastifyInstance {
    /** The one PowerOffice client of the app: one token cache, the request budget in the database. */
    powerOffice: PowerOfficeClient;
    /** Forced list refreshes left for the subscription key, shared by every instance. */
    powerOfficeRefreshes: RefreshBudget;
    /** Seals and opens PowerOffice client keys at rest. */
    secretBox: SecretBox;
  }
}

/**
 * Built from configuration once. Pointing at the simulator, PowerOffice's demo or production is
 * only a matter of POWEROFFICE_* settings. Needs the db plugin (re-seals rotated keys at start) and
 * the metrics plugin (every exchange is counted).
 */
export default fp(
  async (app) => {
    const { powerOffice, secretsKey, secretsKeysPrevious } = app.config;
    const log = app.log.child({ module: 'poweroffice' });
    // One budget per subscription key for every BFF instance on the database, as PowerOffice has.
    const budget = new DatabaseRequestBudget(
      app.db,
      budgetKey('requests', powerOffice.apiUrl, powerOffice.subscriptionKey),
      Math.max(1, Math.floor(powerOffice.rateLimitPerSecond)),
      powerOffice.timeoutMs,
      log,
    );
    const refreshKey = budgetKey('refreshes', powerOffice.apiUrl, powerOffice.subscriptionKey);
    app.decorate(
      'powerOfficeRefreshes',
      new RefreshBudget(app.db, refreshKey, powerOffice.refreshesPerMinute),
    );
    app.decorate(
      'powerOffice',
      createPowerOfficeClient({
        tokenUrl: powerOffice.tokenUrl,
        apiUrl: powerOffice.apiUrl,
        subscriptionKey: powerOffice.subscriptionKey,
        rateLimitPerSecond: powerOffice.rateLimitPerSecond,
        timeoutMs: powerOffice.timeoutMs,
        retry: { settleMs: powerOffice.settleMs },
        budget,
        logger: log,
        observer: app.metrics.powerOfficeObserver,
      }),
    );
    const box = createSecretBox(secretsKey, secretsKeysPrevious);
    app.decorate('secretBox', box);

    // Key rotation: whatever an old key sealed is sealed again with the current one.
    const stale = await listIntegrationsSealedWithOtherKey(app.db, box.currentKeyId);
    for (const row of stale) {
      const aad = clientKeyAad(row.department_id);
      const plain = box.open({ keyId: row.client_key_key_id, ciphertext: row.client_key_ciphertext }, aad);
      const sealed = box.seal(plain, aad);
      await updateIntegration(app.db, row.id, {
        client_key_ciphertext: sealed.ciphertext,
        client_key_key_id: sealed.keyId,
      });
    }
    if (stale.length)
      app.log.info({ count: stale.length }, 'client keys re-encrypted with the current SECRETS_KEY');
  },
  { name: 'poweroffice', dependencies: ['db', 'metrics'] },
);
