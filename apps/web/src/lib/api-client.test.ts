import { CSRF_HEADER } from '@qo/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiClient, readCookie } from './api-client';
import { fileNameOf, getFile } from './api-file';
import { ApiError, NetworkError } from './api-error';

type Call = { url: string; init: RequestInit };
let calls: Call[];

function answer(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return response;
    }),
  );
}

beforeEach(() => {
  calls = [];
  vi.stubGlobal('document', { cookie: 'other=1; qo_csrf=tok%3Den; x=2' });
});
afterEach(() => vi.unstubAllGlobals());

describe('apiClient', () => {
  it('sends the CSRF cookie value as header on state-changing calls only', async () => {
    answer(new Response(null, { status: 204 }));
    await apiClient.post('/auth/logout');
    await apiClient.get('/me');
    const [post, get] = calls;
    expect(post?.url).toBe('/api/auth/logout');
    expect((post?.init.headers as Record<string, string>)[CSRF_HEADER]).toBe('tok=en');
    expect(post?.init.credentials).toBe('same-origin');
    expect((get?.init.headers as Record<string, string>)[CSRF_HEADER]).toBeUndefined();
  });

  it('turns problem details into an ApiError with normalised field errors', async () => {
    const body = {
      type: 'urn:quickorder:problem:validation_failed',
      title: 'Ugyldige data',
      status: 400,
      code: 'validation_failed',
      errors: [
        { path: 'email', message: 'Oppgi en gyldig e-postadresse' },
        { path: '/body/password', message: 'x' },
      ],
    };
    answer(
      new Response(JSON.stringify(body), {
        status: 400,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    const error = await apiClient.post('/auth/login', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('validation_failed');
    expect(apiError.fieldErrors.map((e) => e.path)).toEqual(['email', 'password']);
  });

  it('makes a problem out of a non-JSON failure and reads Retry-After', async () => {
    answer(
      new Response('<html>Bad gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'retry-after': '90' },
      }),
    );
    const error = (await apiClient.get('/departments').catch((e: unknown) => e)) as ApiError;
    expect(error.problem).toMatchObject({ status: 502, title: 'Bad Gateway' });
    expect(error.retryAfterMinutes).toBe(2);
  });

  it('validates the response with the given schema and builds the query string', async () => {
    answer(new Response(JSON.stringify({ n: 'not a number' }), { status: 200 }));
    await expect(
      apiClient.get('/x', {
        schema: z.object({ n: z.number() }),
        query: { from: '2026-03-01', to: undefined },
      }),
    ).rejects.toThrow();
    expect(calls[0]?.url).toBe('/api/x?from=2026-03-01');
  });

  it('reports an unreachable server as a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(apiClient.get('/me')).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('readCookie', () => {
  it('finds a cookie among others and decodes it', () => {
    expect(readCookie('qo_csrf', 'a=1; qo_csrf=abc%20d')).toBe('abc d');
    expect(readCookie('missing', 'a=1')).toBeUndefined();
  });
});

describe('files', () => {
  it('takes the UTF-8 file name from Content-Disposition, else the plain one', () => {
    const both = `attachment; filename="bilag-sor-2026-03-01-2026-03-31.csv"; filename*=UTF-8''bilag-s%C3%B8r-2026-03-01-2026-03-31.csv`;
    expect(fileNameOf(both, 'x')).toBe('bilag-sør-2026-03-01-2026-03-31.csv');
    expect(fileNameOf('attachment; filename="a.xlsx"', 'x')).toBe('a.xlsx');
    expect(fileNameOf(null, 'preview.csv')).toBe('preview.csv');
  });

  it('gets a file with its name, and a refusal as ApiError with the problem', async () => {
    answer(
      new Response('a;b\r\n', {
        status: 200,
        headers: { 'content-disposition': 'attachment; filename="f.csv"' },
      }),
    );
    const file = await getFile('/departments/d/export/preview.csv', { query: { from: '2026-03-01' } });
    expect(calls[0]?.url).toBe('/api/departments/d/export/preview.csv?from=2026-03-01');
    expect(file.fileName).toBe('f.csv');
    expect(await file.blob.text()).toBe('a;b\r\n');

    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [{ path: 'to', message: 'Til-datoen …' }],
    };
    answer(
      new Response(JSON.stringify(problem), {
        status: 400,
        headers: { 'content-type': 'application/problem+json' },
      }),
    );
    const refused = await getFile('/x.csv').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).fieldErrors).toEqual([{ path: 'to', message: 'Til-datoen …' }]);
  });
});
