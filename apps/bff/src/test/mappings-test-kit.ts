import { insertIntegration, listDepartments, updateIntegration, type IntegrationChanges } from '@qo/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { injectAs, logInAs, type LoggedIn } from './test-app';
import { buildWithSimulator } from './with-simulator';
import { clientKeyAad } from '../services/poweroffice/client-key';

/*
 * Test kit for the mapping features, on `buildWithSimulator()`: one session per role, and a way to
 * connect a demo department to a simulator client.
 */

export interface MappingsKit {
  app: FastifyInstance;
  simUrl: string;
  owner: LoggedIn;
  accountant: LoggedIn;
  staff: LoggedIn;
  departmentId(name: string): Promise<string>;
  /** Connects a demo department to a simulator client ('Demo Restaurant AS' by default). */
  connect(departmentName: string, options?: { clientName?: string; slot?: number }): Promise<string>;
  /** Changes the live connection row directly (autoInvoice, PowerOffice department…). */
  changeIntegration(departmentName: string, changes: IntegrationChanges): Promise<void>;
  call(
    s: LoggedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createMappingsKit(): Promise<MappingsKit> {
  const harness = await buildWithSimulator({ dataDirPrefix: 'qo-mappings-' });
  const app = harness.app;
  const [owner, accountant, staff] = await Promise.all([
    logInAs(app, 'owner'),
    logInAs(app, 'accountant'),
    logInAs(app, 'staff'),
  ]);
  const departmentId = async (name: string) => {
    const d = (await listDepartments(app.db, owner.user.companyId)).find((x) => x.name === name);
    if (!d) throw new Error(`no department ${name}`);
    return d.id;
  };
  const integrationIds = new Map<string, string>();

  const kit: MappingsKit = {
    app,
    simUrl: harness.simUrl,
    owner,
    accountant,
    staff,
    departmentId,
    async connect(departmentName, { clientName = 'Demo Restaurant AS', slot = 0 } = {}) {
      const client = harness.client(clientName);
      const clientKey = harness.clientKey(clientName, slot);
      const id = await departmentId(departmentName);
      const res = await kit.call(owner, 'PUT', `/api/departments/${id}/integration`, { slot, clientKey });
      if (res.statusCode === 200) {
        const row = await app.db
          .selectFrom('department_integrations')
          .select('id')
          .where('department_id', '=', id)
          .where('status', '!=', 'disconnected')
          .executeTakeFirstOrThrow();
        integrationIds.set(departmentName, row.id);
        return id;
      }
      if (res.statusCode !== 404) throw new Error(`connect failed: ${res.statusCode} ${res.body}`);
      // The connect route is not there (yet): store the connection as it would, through its repository.
      const sealed = app.secretBox.seal(clientKey, clientKeyAad(id));
      const row = await insertIntegration(app.db, {
        companyId: owner.user.companyId,
        departmentId: id,
        slot,
        clientKeyCiphertext: sealed.ciphertext,
        clientKeyKeyId: sealed.keyId,
        clientKeyMask: '••••',
        powerOfficeClientId: client.ClientId,
        powerOfficeClientName: client.ClientName,
        missingPrivileges: [],
      });
      integrationIds.set(departmentName, row.id);
      return id;
    },
    async changeIntegration(departmentName, changes) {
      const id = integrationIds.get(departmentName);
      if (!id) throw new Error(`${departmentName} is not connected`);
      await updateIntegration(app.db, id, changes);
    },
    call: (s, method, url, payload) => injectAs(app, s, method, url, payload),
    close: harness.close,
  };
  return kit;
}
