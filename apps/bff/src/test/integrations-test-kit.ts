import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { buildSimulator } from '@qo/poweroffice-sim';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, LOG_REDACT_PATHS } from '../app';
import { loadConfig } from '../config/config';
import { logIn, type LoggedIn } from './test-app';
import { TEST_POWEROFFICE_TIMING } from './test-timing';

/*
 * Test kit for the integrations feature: a real simulator on a port, the real app with its real
 * logger (redaction on) writing into memory, and every response body kept, so tests can prove a
 * client key never leaves the BFF.
 */

export interface SimClient {
  ClientId: string;
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
  Departments: { Id: number; Code: string; Name: string; IsActive: boolean }[];
}

export interface Kit {
  app: FastifyInstance;
  simUrl: string;
  clients: { demo: SimClient; fjord: SimClient; lacking: SimClient };
  logLines: string[];
  bodies: string[];
  owner: LoggedIn;
  accountant: LoggedIn;
  call(s: LoggedIn, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object): Promise<LightMyRequestResponse>;
  rebuild(env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export const keyFor = (client: SimClient, slot: number): string => {
  const key = client.ApplicationKeys.find((k) => k.Slot === slot)?.ClientKey;
  if (!key) throw new Error(`no client key for slot ${slot}`);
  return key;
};

export async function createKit(env: Record<string, string> = {}): Promise<Kit> {
  const sim = await buildSimulator();
  await sim.listen({ port: 0, host: '127.0.0.1' });
  const address = sim.server.address();
  const simUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const all = (await (await fetch(`${simUrl}/_sim/clients`)).json()) as { Clients: SimClient[] };
  const byName = (n: string) => all.Clients.find((c) => c.ClientName === n)!;
  const dataDir = mkdtempSync(join(tmpdir(), 'qo-integrations-'));
  const logLines: string[] = [];
  const bodies: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });

  const build = async (extra: Record<string, string>) => {
    const config = loadConfig({
      ...TEST_POWEROFFICE_TIMING,
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DEMO_SEED: 'true',
      POWEROFFICE_TOKEN_URL: `${simUrl}/OAuth/Token`,
      POWEROFFICE_API_URL: `${simUrl}/v2`,
      ...env,
      ...extra,
    });
    const app = await buildApp({ config, logger: { level: 'trace', stream, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } }, demoSteps: [] });
    await app.ready();
    return app;
  };

  const kit: Kit = {
    app: await build({}),
    simUrl,
    clients: { demo: byName('Demo Restaurant AS'), fjord: byName('Fjordkafé AS'), lacking: byName('Mangelfull Regnskap AS') },
    logLines,
    bodies,
    owner: undefined as unknown as LoggedIn,
    accountant: undefined as unknown as LoggedIn,
    async call(s, method, url, payload) {
      const res = await kit.app.inject({ method, url, cookies: s.cookies, headers: method === 'GET' ? {} : s.headers, ...(payload ? { payload } : {}) });
      bodies.push(res.body);
      return res;
    },
    async rebuild(extra = {}) {
      await kit.app.close();
      kit.app = await build(extra);
      kit.owner = await logIn(kit.app, 'eier@demo.no');
      kit.accountant = await logIn(kit.app, 'regnskap@demo.no');
    },
    async close() {
      await kit.app.close();
      await sim.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  kit.owner = await logIn(kit.app, 'eier@demo.no');
  kit.accountant = await logIn(kit.app, 'regnskap@demo.no');
  return kit;
}
