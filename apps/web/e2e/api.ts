import { request, type APIRequestContext, type APIResponse } from '@playwright/test';
import { SIM_URL } from './areas';
import { DEMO_PASSWORD } from './support';

/*
 * What the specs that set up their own data share: the BFF's API as a logged-in user, its answers
 * checked, the simulator's clients, and waiting for a transfer to end.
 */

export type SimClient = {
  ClientId: string;
  ClientName: string;
  ApplicationKeys: { Slot: number; ClientKey: string }[];
  Departments: { Id: number; Name: string }[];
};

export async function simClient(name: string): Promise<SimClient> {
  const clients = (await (await fetch(`${SIM_URL}/_sim/clients`)).json()) as { Clients: SimClient[] };
  return clients.Clients.find((c) => c.ClientName === name)!;
}

export async function ok<T>(response: Promise<APIResponse>): Promise<T> {
  const res = await response;
  if (!res.ok()) throw new Error(`${res.url()} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Logs in through the API (not the shared storage files, which parallel runs may rewrite). */
export async function apiAs(baseURL: string, email = 'eier@demo.no'): Promise<APIRequestContext> {
  // A fresh cookie jar: logging in with a project's saved session would end that session (the BFF
  // never keeps a session id that was presented at login), and the spec's pages would be logged out.
  const login = await request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await ok(login.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } }));
  const state = await login.storageState();
  await login.dispose();
  const csrf = state.cookies.find((c) => c.name === 'qo_csrf')?.value ?? '';
  return request.newContext({ baseURL, storageState: state, extraHTTPHeaders: { 'x-csrf-token': csrf } });
}

/** Until the transfer has ended (within 90 s); its days' results. */
export async function waitForTransfer(api: APIRequestContext, transferId: string) {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const transfer = await ok<{ status: string; days: { businessDay: string; status: string }[] }>(
      api.get(`/api/transfers/${transferId}`),
    );
    if (['done', 'failed', 'done_with_failures'].includes(transfer.status)) return transfer;
    if (Date.now() > deadline)
      throw new Error(`transfer ${transferId} did not end: ${JSON.stringify(transfer)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
