import {
  buildSimulator,
  SIM_MAIN_APPLICATION_KEY,
  SIM_SUBSCRIPTION_KEY,
  type SimulatorOptions,
} from '@qo/poweroffice-sim';
import { createPowerOfficeClient, type PowerOfficeConfig } from '../src/index.js';

export interface SimClientInfo {
  ClientId: string;
  ClientName: string;
  ApplicationKeys: Array<{ Slot: number; ApplicationKey: string; ClientKey: string }>;
  Departments: Array<{ Id: number; Code: string; Name: string }>;
}

/** Counts what went over the wire, so tests can tell token requests and 429s apart. */
export interface WireLog {
  requests: Array<{ method: string; path: string; status: number | 'no-answer' }>;
  count(pathPattern: RegExp, status?: number): number;
}

/** A real simulator on a random port, reached over HTTP like PowerOffice would be. */
export async function startSimulator(options: SimulatorOptions = {}) {
  const app = await buildSimulator(options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) throw new Error('simulator did not bind');
  const base = `http://127.0.0.1:${address.port}`;

  const admin = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  const directory = (await admin('GET', '/_sim/clients')) as { Clients: SimClientInfo[] };

  /** Keys of demo client `index` (0 = Demo Restaurant AS) for application key `slot` (0 = main). */
  const keysFor = (index: number, slot = 0) => {
    const client = directory.Clients[index];
    const activation = client?.ApplicationKeys.find((k) => k.Slot === slot);
    if (!client || !activation) throw new Error(`no demo client ${index} slot ${slot}`);
    return { applicationKey: activation.ApplicationKey, clientKey: activation.ClientKey };
  };

  const wire: WireLog = {
    requests: [],
    count(pattern, status) {
      return this.requests.filter(
        (r) => pattern.test(r.path) && (status === undefined || r.status === status),
      ).length;
    },
  };
  const countingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const entry = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      status: 'no-answer' as number | 'no-answer',
    };
    wire.requests.push(entry);
    const response = await fetch(input, init);
    entry.status = response.status;
    return response;
  };

  return {
    base,
    clients: directory.Clients,
    keysFor,
    wire,
    mainApplicationKey: SIM_MAIN_APPLICATION_KEY,
    client(overrides: Partial<PowerOfficeConfig> = {}) {
      return createPowerOfficeClient({
        tokenUrl: `${base}/OAuth/Token`,
        apiUrl: `${base}/v2`,
        subscriptionKey: SIM_SUBSCRIPTION_KEY,
        // Short, but in the same order as in production: timeout < settle window.
        timeoutMs: 2_000,
        retry: { baseDelayMs: 20, maxDelayMs: 200, settleMs: 2_500 },
        fetch: countingFetch,
        ...overrides,
      });
    },
    faults: (body: Record<string, unknown>) => admin('POST', '/_sim/faults', body),
    /** Books settlements (bank journals) on demo client `index`: see the simulator's README. */
    settle: (index: number, settlements: Record<string, unknown>[]) =>
      admin('POST', `/_sim/clients/${directory.Clients[index]!.ClientId}/settlements`, {
        Settlements: settlements,
      }),
    clearFaults: () => admin('DELETE', '/_sim/faults'),
    reset: () => admin('POST', '/_sim/reset'),
    posted: async () =>
      (await admin('GET', '/_sim/posted')) as {
        Vouchers: Array<{
          ExternalImportReference?: string | null;
          externalImportReference?: string | null;
          [key: string]: unknown;
        }>;
        SalesOrders: Array<Record<string, unknown>>;
      },
    close: () => app.close(),
  };
}

export type Simulator = Awaited<ReturnType<typeof startSimulator>>;
