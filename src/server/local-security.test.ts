import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { TEST_HOST, testServer, type TestServer } from './server-test-kit';

const INJECTION = '<img src=x onerror=alert(1)>';

let t: TestServer;
let webRoot: string;
beforeEach(async () => {
  webRoot = await mkdtemp(join(tmpdir(), 'hearback-web-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/app-1a2b3c.js"></script></head><body><div id="root"></div></body></html>');
  await writeFile(join(webRoot, 'assets', 'app-1a2b3c.js'), 'console.log("app");');
  t = await testServer('2026-11-23T15:00:00Z', { webRoot });
});
afterEach(async () => {
  await t.close();
  await rm(webRoot, { recursive: true, force: true });
});

describe('local mode: the Host header (DNS rebinding)', () => {
  it.each(['127.0.0.1:4720', 'localhost:4720', '[::1]:4720', 'LOCALHOST:4720'])('answers Host %s', async (host) => {
    expect((await t.call('GET', '/api/session', undefined, { host })).statusCode).toBe(200);
  });

  it.each(['evil.example:4720', '127.0.0.1:4721', '127.0.0.1', 'localhost', '127.0.0.1.nip.io:4720', ''])('refuses Host %j, for pages and API alike', async (host) => {
    for (const url of ['/api/session', '/', '/assets/app-1a2b3c.js']) {
      const res = await t.call('GET', url, undefined, { host });
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'forbidden', field: 'host' });
      expect(res.body).not.toContain('csrfToken');
    }
  });
});

describe('local mode: CSRF', () => {
  it('refuses a write without the token, and writes nothing', async () => {
    const res = await t.call('POST', '/api/applications', { company: 'Acme', role: 'Engineer' }, { 'x-csrf-token': '' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'csrf', field: 'x-csrf-token' });
    const missing = await t.server.app.inject({ method: 'POST', url: '/api/applications', headers: { host: TEST_HOST, 'content-type': 'application/json' }, payload: '{"company":"A","role":"R"}' });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('csrf');
    expect(await t.rt.deps.db.countApplications()).toBe(0);
  });

  it.each(['wrong', 'x'.repeat(43)])('refuses a write with a wrong token %#', async (token) => {
    for (const [method, url] of [['PATCH', '/api/settings'], ['DELETE', '/api/demo'], ['POST', '/api/demo']] as const) {
      const res = await t.call(method, url, {}, { 'x-csrf-token': token });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('csrf');
    }
  });

  it('checks the token before reading the body, so a bad body from another site still gets 403', async () => {
    const res = await t.call('POST', '/api/applications', '{not json', { 'x-csrf-token': 'wrong' });
    expect(res.statusCode).toBe(403);
  });

  it('needs no token to read', async () => {
    expect((await t.server.app.inject({ method: 'GET', url: '/api/today', headers: { host: TEST_HOST } })).statusCode).toBe(200);
  });

  it('refuses a request another site makes, even with the token', async () => {
    const res = await t.call('POST', '/api/demo', {}, { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'forbidden', field: 'origin' });
    expect((await t.call('DELETE', '/api/demo', undefined, { origin: `http://${TEST_HOST}` })).statusCode).toBe(200);
  });
});

describe('local mode: no CORS', () => {
  it('refuses preflights', async () => {
    const res = await t.call('OPTIONS', '/api/applications', undefined, { origin: `http://${TEST_HOST}`, 'access-control-request-method': 'POST' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('never sends Access-Control-Allow-Origin, whatever the request', async () => {
    const answers = await Promise.all([
      t.call('GET', '/api/session', undefined, { origin: 'https://evil.example' }),
      t.call('GET', '/api/today'),
      t.call('GET', '/'),
      t.call('GET', '/api/applications/nope'),
      t.call('POST', '/api/demo', {}, { 'x-csrf-token': 'wrong' }),
    ]);
    for (const res of answers) expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });
});

describe('local mode: headers and user text', () => {
  it.each([
    ['JSON', '/api/today'],
    ['an error', '/api/applications/nope'],
    ['the page', '/'],
    ['a redirect', '/board'],
    ['an asset', '/assets/app-1a2b3c.js'],
  ])('sends the strict CSP and friends on %s', async (_what, url) => {
    const res = await t.call('GET', url);
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY' });
  });

  it('returns a note with HTML in it as JSON text, and never puts it in a page', async () => {
    const added = await t.call('POST', '/api/applications', { company: INJECTION, role: 'Engineer', appliedAt: '2026-11-13' });
    const id = added.json().application.id as string;
    await t.call('POST', `/api/applications/${id}/events`, { kind: 'note', note: INJECTION });
    const view = await t.call('GET', `/api/applications/${id}`);
    expect(view.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(view.json().events.map((e: { note: string | null }) => e.note)).toContain(INJECTION);
    expect(view.json().application.company).toBe(INJECTION);
    for (const url of ['/', '/index.html']) {
      const page = await t.call('GET', url);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      expect(page.body).not.toContain('onerror');
    }
  });
});
