import type { LightMyRequestResponse } from 'fastify';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import type { AppDeps } from '../app/deps';
import { createServer, type HearbackServer, type ServerOptions } from './create-server';

/** The port tests pretend to listen on: requests carry `Host: 127.0.0.1:4720`. */
export const TEST_PORT = 4720;
export const TEST_HOST = `127.0.0.1:${TEST_PORT}`;

export interface TestServer {
  rt: TempRuntime;
  server: HearbackServer;
  csrf: string;
  /** A request with the right Host and, for writes, the CSRF token; `headers` override either. */
  call(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * A server over a real SQLite store in a temporary folder, at a fixed clock, answering through `inject`.
 * `wrap` may swap the use cases' dependencies, to make a store fail.
 */
export async function testServer(now = '2026-11-23T15:00:00Z', options: Partial<ServerOptions> = {}, wrap: (deps: AppDeps) => AppDeps = (deps) => deps): Promise<TestServer> {
  const rt = await tempRuntime(now);
  const deps = wrap(rt.deps);
  const server = await createServer({ mode: 'local', port: TEST_PORT, depsFor: () => deps, users: ['local'], scheduler: false, version: 'test', log: () => undefined, ...options });
  const session = await server.app.inject({ method: 'GET', url: '/api/session', headers: { host: TEST_HOST } });
  const csrf = (session.json() as { csrfToken: string }).csrfToken;
  return {
    rt,
    server,
    csrf,
    call(method, url, body, headers = {}) {
      const write = method !== 'GET' && method !== 'HEAD';
      return server.app.inject({
        method: method as 'GET',
        url,
        headers: { host: TEST_HOST, ...(write ? { 'x-csrf-token': csrf } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
    },
    async close() {
      await server.close();
      await rt.cleanup();
    },
  };
}
