import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './server-test-kit';
import { NOT_BUILT_PAGE } from './static-ui';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-4f3a2b.js"></script></head><body><div id="app"></div></body></html>';

let t: TestServer | undefined;
let webRoot: string | undefined;
afterEach(async () => {
  await t?.close();
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

async function builtUi(): Promise<TestServer> {
  webRoot = await mkdtemp(join(tmpdir(), 'hearback-web-'));
  await mkdir(join(webRoot, 'assets'));
  await writeFile(join(webRoot, 'index.html'), INDEX);
  await writeFile(join(webRoot, 'assets', 'index-4f3a2b.js'), 'export {};');
  await writeFile(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return testServer('2026-11-23T15:00:00Z', { webRoot });
}

describe('the built UI', () => {
  it('serves index.html at /, revalidated on every load', async () => {
    t = await builtUi();
    for (const url of ['/', '/index.html']) {
      const res = await t.call('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(INDEX);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('sends deep links to the same path in the hash, where the app routes', async () => {
    t = await builtUi();
    for (const [url, location] of [
      ['/today', '/#/today'],
      ['/applications/ax1', '/#/applications/ax1'],
      ['/board?stage=applied', '/#/board?stage=applied'],
    ]) {
      const res = await t.call('GET', url!);
      expect(res.statusCode, url).toBe(302);
      expect(res.headers.location).toBe(location);
    }
  });

  it('caches hashed assets for a year and other files not at all', async () => {
    t = await builtUi();
    const asset = await t.call('GET', '/assets/index-4f3a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await t.call('GET', '/favicon.svg')).headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing file with 404, not the page, and an unknown API path with a JSON 404', async () => {
    t = await builtUi();
    expect((await t.call('GET', '/assets/gone-123.js')).statusCode).toBe(404);
    const api = await t.call('GET', '/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json().error).toMatchObject({ code: 'not_found', message: 'no route GET /api/nothing-here' });
    expect((await t.call('PUT', '/api/today', {})).statusCode).toBe(404);
  });
});

describe('when the build disappears while the server runs', () => {
  it('answers / with the page saying how to build rather than a redirect to itself', async () => {
    t = await builtUi();
    await rm(join(webRoot!, 'index.html'));
    for (const url of ['/', '/?from=calendar']) {
      const res = await t.call('GET', url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe(NOT_BUILT_PAGE);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    // Deep links still go to the hash, which loads `/` and so that page: one hop, no loop.
    const deep = await t.call('GET', '/today');
    expect(deep.statusCode).toBe(302);
    expect(deep.headers.location).toBe('/#/today');
  });
});

describe('without a build', () => {
  it.each([null, '/nonexistent/web/dist'])('answers / and client routes with a page saying how to build (webRoot %s)', async (root) => {
    t = await testServer('2026-11-23T15:00:00Z', { webRoot: root });
    for (const url of ['/', '/today']) {
      const res = await t.call('GET', url);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(NOT_BUILT_PAGE);
      expect(res.body).toContain('npm run build');
      expect(res.body).not.toContain('<script');
    }
    expect((await t.call('GET', '/api/session')).statusCode).toBe(200);
    expect((await t.call('GET', '/assets/x.js')).statusCode).toBe(404);
  });
});
