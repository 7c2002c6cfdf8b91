import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServer, type TestServer } from './server-test-kit';

let t: TestServer;
let doc: { openapi: string; paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; requestBody?: unknown }>> };
beforeAll(async () => {
  t = await testServer('2026-11-23T15:00:00Z');
  await t.call('POST', '/api/demo', {});
  doc = (await t.call('GET', '/api/openapi.json')).json();
});
afterAll(() => t.close());

const toOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 and describes every /api route Fastify serves, and nothing else', () => {
    expect(doc.openapi).toBe('3.1.0');
    const served = t.server.registered.filter((r) => r.includes(' /api/') && !r.startsWith('HEAD ')).map((r) => {
      const [method = '', url = ''] = r.split(' ');
      return `${method.toLowerCase()} ${toOpenApi(url)}`;
    });
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(served.length).toBeGreaterThan(20);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('documents path parameters, the CSRF header on writes, and request bodies without path fields', () => {
    const post = doc.paths['/api/applications/{id}/events']?.post;
    expect(post?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['path:id', 'header:x-csrf-token']);
    expect(JSON.stringify(post?.requestBody)).toContain('"kind"');
    expect(JSON.stringify(post?.requestBody)).not.toContain('"applicationId"');
    expect(doc.paths['/api/today']?.get?.parameters.map((p) => `${p.in}:${p.name}`)).toEqual(['query:days', 'query:limit']);
  });

  it('describes the answers as they really are', async () => {
    const today = (await t.call('GET', '/api/today')).json();
    const action = today.due[0].action.id as string;
    const app = today.due[0].application.id as string;
    const urls: Record<string, string> = {
      '/api/applications/:id': `/api/applications/${app}`,
      '/api/actions/:id/draft': `/api/actions/${action}/draft`,
    };
    const checked: string[] = [];
    for (const route of t.server.routes) {
      if (route.method !== 'GET' || !route.response) continue;
      const url = urls[route.url] ?? route.url;
      if (url.includes(':')) continue;
      const answer = (await t.call('GET', url)).json();
      const result = route.response.safeParse(answer);
      expect(result.success, `${route.url}: ${JSON.stringify(result.error?.issues.slice(0, 3))}`).toBe(true);
      checked.push(route.url);
    }
    expect(checked).toEqual(expect.arrayContaining(['/api/session', '/api/today', '/api/applications', '/api/applications/:id', '/api/actions/:id/draft', '/api/analytics', '/api/settings', '/api/profile']));
  });
});
