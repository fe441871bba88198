import { buildSimulator } from '@qo/poweroffice-sim';

/** One /v2 (or token) request as the simulator saw it. */
export interface SimRequest {
  method: string;
  path: string;
  status: number;
  /** performance.now() when the answer went out. */
  at: number;
}

export interface Simulator {
  baseUrl: string;
  /** Every request outside /_sim, in order: the transfer's floor is counted from these. */
  log: SimRequest[];
  admin<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
  close(): Promise<void>;
}

/** The PowerOffice simulator on a real port, PowerOffice's 10 requests/second per subscription key. */
export async function startSimulator(rateLimitPerSecond = 10): Promise<Simulator> {
  const app = await buildSimulator({ rateLimitPerSecond });
  const log: SimRequest[] = [];
  app.addHook('onResponse', async (request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (!path.startsWith('/_sim'))
      log.push({ method: request.method, path, status: reply.statusCode, at: performance.now() });
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const admin = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(address + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`simulator ${method} ${path} → ${res.status} ${await res.text()}`);
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return { baseUrl: address, log, admin, close: () => app.close() };
}
