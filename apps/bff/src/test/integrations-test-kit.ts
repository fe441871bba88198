import { Writable } from 'node:stream';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { LOG_REDACT_PATHS } from '../app';
import { injectAs, logInAs, type LoggedIn } from './test-app';
import { buildWithSimulator, type SimClient } from './with-simulator';

/*
 * Test kit for the integrations feature, on `buildWithSimulator()`: the real app with its real
 * logger (redaction on) writing into memory, and every response body kept, so tests can prove a
 * client key never leaves the BFF.
 */

export type { SimClient };

export interface Kit {
  app: FastifyInstance;
  simUrl: string;
  clients: { demo: SimClient; fjord: SimClient; lacking: SimClient };
  logLines: string[];
  bodies: string[];
  owner: LoggedIn;
  accountant: LoggedIn;
  call(
    s: LoggedIn,
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse>;
  rebuild(env?: Record<string, string>): Promise<void>;
  close(): Promise<void>;
}

export const keyFor = (client: SimClient, slot: number): string => {
  const key = client.ApplicationKeys.find((k) => k.Slot === slot)?.ClientKey;
  if (!key) throw new Error(`no client key for slot ${slot}`);
  return key;
};

export async function createKit(env: Record<string, string> = {}): Promise<Kit> {
  const logLines: string[] = [];
  const bodies: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = { level: 'trace', stream, redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' } };
  const harness = await buildWithSimulator({ env, logger, dataDirPrefix: 'qo-integrations-' });

  const kit: Kit = {
    app: harness.app,
    simUrl: harness.simUrl,
    clients: {
      demo: harness.client('Demo Restaurant AS'),
      fjord: harness.client('Fjordkafé AS'),
      lacking: harness.client('Mangelfull Regnskap AS'),
    },
    logLines,
    bodies,
    owner: undefined as unknown as LoggedIn,
    accountant: undefined as unknown as LoggedIn,
    async call(s, method, url, payload) {
      const res = await injectAs(kit.app, s, method, url, payload);
      bodies.push(res.body);
      return res;
    },
    async rebuild(extra = {}) {
      await kit.app.close();
      kit.app = await harness.build({ env: extra, logger });
      kit.owner = await logInAs(kit.app, 'owner');
      kit.accountant = await logInAs(kit.app, 'accountant');
    },
    close: harness.close,
  };
  kit.owner = await logInAs(kit.app, 'owner');
  kit.accountant = await logInAs(kit.app, 'accountant');
  return kit;
}
