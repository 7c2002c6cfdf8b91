import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app/deps';
import { icalFeed } from '../app/ical-feed';
import { AppError } from '../core/app-error';

export interface IcalRouteOptions {
  /** The user a feed token belongs to, or `null`; the token is the only credential a calendar app has. */
  calendarUser(token: string): Promise<string | null>;
  depsFor(userId: string): AppDeps;
  /** Where the events' links point: `HEARBACK_APP_URL`, else this server's own address. */
  appUrl: () => string;
}

/**
 * `GET /ical/<token>.ics`: the calendar feed a calendar app subscribes to (see `hearback ical --url`). It
 * sits outside `/api/` because a calendar app has no session and sends no CSRF token; the secret token in
 * the path is its credential. A wrong or rotated token is a 404 like any unknown address.
 */
export function registerIcalRoute(app: FastifyInstance, options: IcalRouteOptions): void {
  app.get<{ Params: { file: string } }>('/ical/:file', async (request, reply) => {
    const token = request.params.file;
    const userId = token.endsWith('.ics') ? await options.calendarUser(token) : null;
    if (userId === null) throw new AppError('not_found', 'no calendar at this address', { field: 'path' });
    const body = await icalFeed(options.depsFor(userId), token, { appUrl: options.appUrl() });
    return reply.type('text/calendar; charset=utf-8').header('cache-control', 'no-store').send(body);
  });
}
