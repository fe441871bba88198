import { CSRF_COOKIE, CSRF_HEADER } from '@qo/contracts';

/**
 * A logged-in browser-like client of the BFF over real HTTP: session and CSRF cookies kept, the
 * CSRF header echoed on writes. Returns the raw text too, so timings include reading the whole body.
 */
export class BffClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  static async logIn(baseUrl: string, email: string, password = 'demo'): Promise<BffClient> {
    const client = new BffClient(baseUrl);
    await client.request('POST', '/api/auth/login', { email, password });
    if (!client.cookies.has(CSRF_COOKIE)) throw new Error(`login as ${email} set no CSRF cookie`);
    return client;
  }

  cookieList(): { name: string; value: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value }));
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; text: string; json: () => T }> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') {
      const csrf = this.cookies.get(CSRF_COOKIE);
      if (csrf) headers[CSRF_HEADER] = csrf;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
    const text = await res.text();
    return { status: res.status, text, json: () => JSON.parse(text) as T };
  }

  /** A call that must succeed: anything but 2xx is an error naming the route. */
  async ok<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await this.request<T>(method, path, body);
    if (res.status < 200 || res.status > 299) throw new HttpError(method, path, res.status, res.text);
    return res.text ? res.json() : (undefined as T);
  }
}

export class HttpError extends Error {
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${path} → ${status} ${body.slice(0, 300)}`);
  }
}
