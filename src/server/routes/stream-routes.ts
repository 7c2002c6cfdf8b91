import type { ServerResponse } from 'node:http';
import { route } from '../api-route';
import { SECURITY_HEADERS } from '../security-headers';

/** A comment line now and then keeps proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

/**
 * `GET /api/events/stream`: server-sent events telling the page that plans changed, so Today stays fresh
 * without reloading. `open` collects the streams, so that closing the server can end them.
 */
export function streamRoutes(open: Set<ServerResponse>) {
  return [
    route({
      method: 'GET',
      url: '/api/events/stream',
      tag: 'events',
      summary: 'Server-sent events: `plan-changed` when the scheduler, another tab or the mail workers changed plans.',
      description:
        'Each event is `event: plan-changed` with `data: {"reason": "schedule" | "change" | "mail", "origin": tab id or null, "at": ISO instant}`. A page that sends `x-hearback-tab` with its writes can ignore events whose `origin` is its own. The stream starts with `event: ready`.',
      produces: 'text/event-stream',
      async handler({ env, session, reply }) {
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
          'x-accel-buffering': 'no',
        });
        res.write('retry: 5000\n\nevent: ready\ndata: {}\n\n');
        const unsubscribe = env.events.subscribe(session.userId, (event) => res.write(`event: plan-changed\ndata: ${JSON.stringify(event)}\n\n`));
        const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
        heartbeat.unref();
        open.add(res);
        res.once('close', () => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(res);
        });
      },
    }),
  ];
}
