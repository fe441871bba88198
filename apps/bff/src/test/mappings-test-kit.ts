import { buildSimulator } from '@qo/poweroffice-sim';
import { insertIntegration, listDepartments, updateIntegration, type IntegrationChanges } from '@qo/db';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { createTestApp, logIn, type LoggedIn, type TestApp } from './test-app';
import { clientKeyAad } from '../services/poweroffice/client-key';

/*
 * Test kit for the mapping features: the simulator on a real port, the real app pointed at it, one
 * session per role, and a way to connect a demo department to a simulator client.
 */

interface SimClient {
  ClientId: string;
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
}

export interface MappingsKit {
  t: TestApp;
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
  call(s: LoggedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createMappingsKit(): Promise<MappingsKit> {
  const sim = await buildSimulator();
  await sim.listen({ port: 0, host: '127.0.0.1' });
  const address = sim.server.address();
  const simUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const clients = ((await (await fetch(`${simUrl}/_sim/clients`)).json()) as { Clients: SimClient[] }).Clients;
  const t = await createTestApp({ POWEROFFICE_TOKEN_URL: `${simUrl}/OAuth/Token`, POWEROFFICE_API_URL: `${simUrl}/v2` });
  const app = t.app;
  const [owner, accountant, staff] = await Promise.all([logIn(app, 'eier@demo.no'), logIn(app, 'regnskap@demo.no'), logIn(app, 'ansatt@demo.no')]);
  const departmentId = async (name: string) => {
    const d = (await listDepartments(app.db, owner.user.companyId)).find((x) => x.name === name);
    if (!d) throw new Error(`no department ${name}`);
    return d.id;
  };
  const integrationIds = new Map<string, string>();

  const kit: MappingsKit = {
    t,
    app,
    simUrl,
    owner,
    accountant,
    staff,
    departmentId,
    async connect(departmentName, { clientName = 'Demo Restaurant AS', slot = 0 } = {}) {
      const client = clients.find((c) => c.ClientName === clientName);
      const clientKey = client?.ApplicationKeys.find((k) => k.Slot === slot)?.ClientKey;
      if (!client || !clientKey) throw new Error(`no simulator key for ${clientName} slot ${slot}`);
      const id = await departmentId(departmentName);
      const res = await kit.call(owner, 'PUT', `/api/departments/${id}/integration`, { slot, clientKey });
      if (res.statusCode === 200) {
        const row = await app.db.selectFrom('department_integrations').select('id').where('department_id', '=', id).where('status', '!=', 'disconnected').executeTakeFirstOrThrow();
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
    call(s, method, url, payload) {
      return app.inject({ method, url, cookies: s.cookies, headers: method === 'GET' ? {} : s.headers, ...(payload ? { payload } : {}) });
    },
    async close() {
      await t.close();
      await sim.close();
    },
  };
  return kit;
}
