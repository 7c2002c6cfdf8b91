import type { FastifyInstance, FastifyRequest } from 'fastify';
import { invalid } from '../core/app-error';
import { validate } from '../app/validate';
import type { ApiEnv, ApiRoute } from './api-route';
import { checkCsrf, type RequestSession } from './sessions';

/** A tab names itself in this header on writes, and finds its name in the events its writes cause. */
const TAB_HEADER = 'x-hearback-tab';

function tabOf(request: FastifyRequest): string | null {
  const tab = request.headers[TAB_HEADER];
  return typeof tab === 'string' && /^[\w-]{1,64}$/.test(tab) ? tab : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Serves the routes. Every `/api/` request gets its session and, for a write, its CSRF check before its
 * body is even read; then the path and query are validated with the route's schemas, the body is checked
 * to be a JSON object (the use case validates its fields), and a successful write tells the user's other
 * pages that plans changed.
 */
export function registerApi(app: FastifyInstance, env: ApiEnv, routes: readonly ApiRoute[]): void {
  const sessions = new WeakMap<FastifyRequest, RequestSession>();
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const session = env.sessions.sessionOf(request);
    checkCsrf(request, session);
    sessions.set(request, session);
  });

  for (const spec of routes) {
    const notifies = spec.notifies ?? spec.method !== 'GET';
    app.route({
      method: spec.method,
      url: spec.url,
      ...(spec.bodyLimit === undefined ? {} : { bodyLimit: spec.bodyLimit }),
      async handler(request, reply) {
        const session = sessions.get(request) ?? env.sessions.sessionOf(request);
        const params: unknown = spec.params ? validate(spec.params, request.params) : {};
        const query: unknown = spec.query ? validate(spec.query, request.query) : {};
        const body = request.body === undefined ? {} : request.body;
        if (!isObject(body)) throw invalid('body', 'must be a JSON object');
        const deps = env.depsFor(session.userId);
        const result = await spec.handler({ env, session, deps, params, query, body, request, reply });
        if (notifies) {
          env.todayCache.invalidate(session.userId);
          env.events.publish(session.userId, { reason: 'change', origin: tabOf(request), at: deps.clock.now().toISOString() });
        }
        if (spec.produces) return reply;
        reply.code(spec.status ?? 200);
        return spec.status === 204 ? reply.send() : result;
      },
    });
  }
}
