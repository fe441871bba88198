import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSimulator } from '@qo/poweroffice-sim';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { buildApp } from '../app';
import { loadConfig } from '../config/config';
import { testEnv } from './test-app';
import { testDatabaseEnv } from './test-database';

/*
 * The PowerOffice simulator on a real port and the real app pointed at it over HTTP, on SQLite in a
 * temp directory or on a fresh PostgreSQL database in the postgres vitest project, demo foundation
 * seeded. `build()` makes another app on the same database (a restart, or a second instance).
 */

/** A simulator client as `GET /_sim/clients` lists it. */
export interface SimClient {
  ClientId: string;
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
  Departments: { Id: number; Code: string; Name: string; IsActive: boolean }[];
}

export interface WithSimulator {
  /** The first app, ready. */
  app: FastifyInstance;
  simUrl: string;
  clients: SimClient[];
  /** The simulator client of that name; throws when there is none. */
  client(name: string): SimClient;
  /** The client key of a simulator client for an application-key slot. */
  clientKey(clientName: string, slot?: number): string;
  /** The configuration env of the apps (data dir, database, simulator), for processes started beside them. */
  env: Record<string, string>;
  /** Another app on the same database and simulator, ready unless `ready: false`. */
  build(options?: BuildOptions): Promise<FastifyInstance>;
  /** A call to the simulator's own `/_sim` routes (faults, clients, what was posted). */
  sim(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object): Promise<unknown>;
  /** Closes every app built that is still open, the simulator, the database and the data dir. */
  close(): Promise<void>;
}

export interface BuildOptions {
  /** Config env on top of the kit's. */
  env?: Record<string, string>;
  /** Fastify logger options; silent by default. */
  logger?: FastifyServerOptions['logger'];
  ready?: boolean;
}

export async function buildWithSimulator(
  options: BuildOptions & { dataDirPrefix?: string } = {},
): Promise<WithSimulator> {
  const simApp = await buildSimulator();
  await simApp.listen({ port: 0, host: '127.0.0.1' });
  const address = simApp.server.address();
  const simUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const clients = ((await (await fetch(`${simUrl}/_sim/clients`)).json()) as { Clients: SimClient[] })
    .Clients;
  const dataDir = mkdtempSync(join(tmpdir(), options.dataDirPrefix ?? 'qo-bff-sim-'));
  const database = await testDatabaseEnv();
  const env = {
    ...testEnv(dataDir),
    ...database.env,
    POWEROFFICE_TOKEN_URL: `${simUrl}/OAuth/Token`,
    POWEROFFICE_API_URL: `${simUrl}/v2`,
    ...options.env,
  };
  const open = new Set<FastifyInstance>();

  const build = async ({ env: extra = {}, logger = false, ready = true }: BuildOptions = {}) => {
    const app = await buildApp({ config: loadConfig({ ...env, ...extra }), logger, demoSteps: [] });
    open.add(app);
    app.addHook('onClose', async () => {
      open.delete(app);
    });
    if (ready) await app.ready();
    return app;
  };
  const client = (name: string) => {
    const found = clients.find((c) => c.ClientName === name);
    if (!found) throw new Error(`the simulator has no client ${name}`);
    return found;
  };

  return {
    app: await build(options),
    simUrl,
    clients,
    client,
    clientKey(clientName, slot = 0) {
      const key = client(clientName).ApplicationKeys.find((k) => k.Slot === slot)?.ClientKey;
      if (!key) throw new Error(`no simulator key for ${clientName} slot ${slot}`);
      return key;
    },
    env,
    build,
    async sim(method, path, body) {
      const res = await fetch(`${simUrl}${path}`, {
        method,
        ...(body ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}),
      });
      return res.status === 204 ? null : res.json();
    },
    async close() {
      await Promise.all([...open].map((app) => app.close()));
      await simApp.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
