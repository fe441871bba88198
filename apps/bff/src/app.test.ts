import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import accessPlugin from './plugins/app/access';
import cookiePlugin from './plugins/external/cookie';
import { createTestApp, type TestApp } from './test/test-app';

let t: TestApp;
let webDist: string;
beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'qo-web-'));
  mkdirSync(join(webDist, 'assets'), { recursive: true });
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Quickorder</title><div id="root"></div>');
  writeFileSync(join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await createTestApp({ WEB_DIST_DIR: webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the app shell', () => {
  it('publishes OpenAPI with every route and the CSRF scheme', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/logout',
        '/api/me',
        '/api/departments',
        '/api/departments/{id}',
      ]),
    );
    expect(doc.paths['/api/departments'].post.requestBody).toBeDefined();
    expect(doc.components.securitySchemes.csrf).toMatchObject({ in: 'header', name: 'x-csrf-token' });
    expect(doc.info.description).toContain('qo_csrf');
  });

  it('serves the docs UI at /api/docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('answers unknown /api paths with a 404 problem, not the SPA', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('serves the SPA with security headers, and index.html for client-side routes', async () => {
    const root = await t.app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('id="root"');
    expect(root.headers['content-security-policy']).toContain("script-src 'self'");
    expect(root.headers['x-content-type-options']).toBe('nosniff');
    const deep = await t.app.inject({ method: 'GET', url: '/eksport/2026-03-13' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('id="root"');
    const asset = await t.app.inject({ method: 'GET', url: '/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers unparseable JSON with a 400 problem', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{bad json',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ status: 400, code: 'bad_request' });
  });
});

describe('the role guard', () => {
  it('makes an /api route without config.roles fail at start-up', async () => {
    const app = Fastify({ logger: false });
    await app.register(cookiePlugin);
    await app.register(accessPlugin, { db: t.app.db, sessionSecret: 'x'.repeat(32), secureCookies: false });
    const forgetful: FastifyPluginAsync = async (scope) => {
      scope.get('/api/forgot', async () => ({ ok: true }));
    };
    await expect(app.register(forgetful).ready()).rejects.toThrow(/must declare config.roles/);
    await app.close();
  });
});
