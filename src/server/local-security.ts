import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../core/app-error';
import { SECURITY_HEADERS } from './security-headers';

/** The `Host` values a local server answers to: its loopback addresses at its port, nothing else. */
export function localHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

/**
 * Refuses what a local server must never answer. A foreign `Host` means a page elsewhere resolved its own
 * name to 127.0.0.1 (DNS rebinding) to read the user's data through the browser. A cross-origin `Origin`
 * on a request means another site is making it. A preflight (`OPTIONS`) asks for CORS, which is never given.
 */
export function checkLocalRequest(request: FastifyRequest, hosts: ReadonlySet<string>): void {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) {
    throw new AppError('forbidden', `this server answers only to ${[...hosts].join(', ')}; open it at one of those addresses`, { field: 'host' });
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) {
    throw new AppError('forbidden', 'requests from other sites are refused', { field: 'origin' });
  }
  if (request.method === 'OPTIONS') {
    throw new AppError('forbidden', 'cross-origin requests are not allowed', { field: 'method' });
  }
}

/**
 * Local mode's guard on every request, and the security headers on every response. `port` is read on each
 * request, because a server asked for port 0 learns its port only once it listens.
 */
export function registerLocalSecurity(app: FastifyInstance, port: () => number): void {
  let hosts = localHosts(port());
  app.addHook('onRequest', async (request) => {
    if (!hosts.has(`127.0.0.1:${port()}`)) hosts = localHosts(port());
    checkLocalRequest(request, hosts);
  });
  app.addHook('onSend', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    // Cross-origin reads are refused by never saying they are allowed.
    reply.removeHeader('access-control-allow-origin');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
}
