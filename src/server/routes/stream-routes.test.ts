import { request, type IncomingMessage } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { createServer, type HearbackServer } from '../create-server';

let rt: TempRuntime;
let server: HearbackServer;
let base: URL;

beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  server = await createServer({ mode: 'local', port: 0, depsFor: () => rt.deps, users: ['local'], scheduler: false, log: () => undefined });
  base = new URL(await server.listen());
});
afterEach(async () => {
  await server.close();
  await rt.cleanup();
});

/** Opens the event stream and collects what arrives. `fetch` cannot set Host, so this uses node:http. */
function openStream(host = base.host): Promise<{ res: IncomingMessage; text: () => string; ended: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL('/api/events/stream', base), { headers: { host } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      const ended = new Promise<void>((done) => res.on('close', () => done()));
      resolve({ res, text: () => text, ended });
    });
    req.on('error', reject);
    req.end();
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('GET /api/events/stream', () => {
  it('streams plan-changed when another tab writes, naming that tab', async () => {
    const stream = await openStream();
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(stream.res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(stream.res.headers['access-control-allow-origin']).toBeUndefined();
    await until(() => stream.text().includes('event: ready'));
    const { csrfToken } = (await (await fetch(new URL('/api/session', base))).json()) as { csrfToken: string };
    const write = await fetch(new URL('/api/demo', base), { method: 'POST', headers: { 'x-csrf-token': csrfToken, 'x-hearback-tab': 'tab-1' } });
    expect(write.status).toBe(201);
    await until(() => stream.text().includes('event: plan-changed'));
    const data = /event: plan-changed\ndata: (.*)\n/.exec(stream.text())?.[1] ?? '{}';
    expect(JSON.parse(data)).toEqual({ reason: 'change', origin: 'tab-1', at: '2026-11-23T15:00:00.000Z' });
  });

  it('does not stream to a foreign Host', async () => {
    const stream = await openStream(`evil.example:${base.port}`);
    expect(stream.res.statusCode).toBe(403);
    await stream.ended;
    expect(stream.text()).not.toContain('event:');
    expect(server.events.listeners('local')).toBe(0);
  });

  it('ends open streams when the server closes, and forgets their listeners', async () => {
    const stream = await openStream();
    await until(() => server.events.listeners('local') === 1);
    await server.close();
    await stream.ended;
    expect(server.events.listeners('local')).toBe(0);
  });
});
