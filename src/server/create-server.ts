import type { ServerResponse } from 'node:http';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps } from '../app/deps';
import { AppError } from '../core/app-error';
import type { ChatModel } from '../ports/chat-model';
import type { MailKit } from '../ports/mail-kit';
import { route, type ApiEnv, type ApiRoute } from './api-route';
import { toHttpError } from './http-errors';
import { registerIcalRoute } from './ical-route';
import { registerLocalSecurity } from './local-security';
import { mailWorkers, type MailWorkers } from './mail/mail-workers';
import type { MailWorkerTiming } from './mail/user-mail-workers';
import { openApiDocument } from './openapi';
import { inProcessPlanEvents, type PlanEvents } from './plan-events';
import { planScheduler, type PlanScheduler } from './plan-scheduler';
import { registerApi } from './register-api';
import { apiRoutes } from './routes';
import { streamRoutes } from './routes/stream-routes';
import { TODAY_LIMIT } from './routes/today-routes';
import { localSessions, type Sessions } from './sessions';
import { registerStaticUi } from './static-ui';
import { TodayCache } from './today-cache';

export const DEFAULT_PORT = 4720;
export const LOCAL_HOST = '127.0.0.1';

export interface ServerOptions {
  /** Local mode: one user, loopback only. Server mode (many users, PostgreSQL) is not built yet. */
  mode: 'local';
  /** The port to listen on; 0 picks a free one. The Host check uses the port actually bound. */
  port: number;
  /** One user's use-case dependencies. Local mode hands back one handle; server mode `store.forUser(id)`. */
  depsFor(userId: string): AppDeps;
  /** The users the in-process scheduler keeps fresh. */
  users: readonly string[];
  sessions?: Sessions;
  chat?: ChatModel | null;
  /** The built UI, `web/dist`; `null` or a folder without index.html serves a page saying how to build. */
  webRoot?: string | null;
  version?: string;
  /** Where unexpected errors and scheduler failures are written. */
  log?: (line: string) => void;
  /** `false` turns the scheduler off (tests drive `scheduler.tick()` themselves). */
  scheduler?: { intervalMs: number } | false;
  /** The user a calendar feed token belongs to; without it, `/ical/<token>.ics` is not served. */
  calendarUser?: (token: string) => Promise<string | null>;
  /** Where links in calendar events point; this server's own address by default. */
  appUrl?: string;
  /**
   * Loads the mail drivers from the composition root, when first needed (a user without a mail account never
   * loads the IMAP and SMTP libraries): with them the mail routes can test and use an account, and (unless
   * `workers` is false) each user with an account gets a sender and an inbox watcher.
   */
  mail?: { kit: () => Promise<MailKit>; workers?: Partial<MailWorkerTiming> | false } | null;
}

export interface HearbackServer {
  app: FastifyInstance;
  events: PlanEvents;
  scheduler: PlanScheduler | null;
  mailWorkers: MailWorkers | null;
  routes: readonly ApiRoute[];
  /** Every route Fastify serves, static ones included, as `METHOD /path`, for checking the document. */
  registered: readonly string[];
  /** Listens on 127.0.0.1 only, starts the scheduler and the mail workers, and returns the URL to open. */
  listen(): Promise<string>;
  /** Stops the scheduler and the mail workers, ends event streams and closes the server; the caller closes the store. */
  close(): Promise<void>;
}

/**
 * The HTTP server: the JSON API over the use cases, the event stream, the built UI and the scheduler, with
 * local mode's guards (loopback only, Host check, CSRF token on writes, no CORS, strict CSP).
 *
 * @example
 * const server = await createServer({ mode: 'local', port: 4720, depsFor: () => deps, users: ['local'] });
 * console.log(await server.listen()); // http://127.0.0.1:4720/
 */
export async function createServer(options: ServerOptions): Promise<HearbackServer> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  let port = options.port;
  const app = Fastify({ logger: false, forceCloseConnections: true, return503OnClosing: true });
  const registered: string[] = [];
  app.addHook('onRoute', (options) => {
    for (const method of [options.method].flat()) registered.push(`${method} ${options.url}`);
  });
  const events = inProcessPlanEvents();
  const todayCache = new TodayCache();
  const mail = options.mail ?? null;
  const appUrl = () => options.appUrl ?? `http://${LOCAL_HOST}:${port}`;
  const workers =
    mail && mail.workers !== false
      ? mailWorkers({
          kit: mail.kit,
          users: () => options.users,
          depsFor: options.depsFor,
          appUrl,
          ...(mail.workers ? { timing: mail.workers } : {}),
          log,
          // What the workers did changes what Today shows (a sent follow-up is done) and what the Mail page shows.
          changed(userId) {
            todayCache.invalidate(userId);
            events.publish(userId, { reason: 'mail', origin: null, at: options.depsFor(userId).clock.now().toISOString() });
          },
        })
      : null;
  const env: ApiEnv = {
    mode: options.mode,
    version: options.version ?? '0.0.0',
    sessions: options.sessions ?? localSessions(),
    depsFor: options.depsFor,
    events,
    todayCache,
    chat: options.chat ?? null,
    mail: mail?.kit ?? null,
    mailWorkers: workers,
    appUrl,
  };
  const streams = new Set<ServerResponse>();
  const routes: ApiRoute[] = [...apiRoutes, ...streamRoutes(streams)];
  let document: Record<string, unknown> | null = null;
  routes.push(
    route({
      method: 'GET',
      url: '/api/openapi.json',
      tag: 'session',
      summary: 'This document.',
      handler: async () => (document ??= openApiDocument(routes, env.version)),
    }),
  );

  registerLocalSecurity(app, () => port);
  app.setErrorHandler(async (error, request, reply) => {
    const mapped = toHttpError(error);
    if (mapped.unexpected) log(`hearback: ${request.method} ${request.url.split('?')[0]} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return reply.code(mapped.status).type('application/json; charset=utf-8').send(mapped.body);
  });
  registerApi(app, env, routes);
  if (options.calendarUser) {
    registerIcalRoute(app, { calendarUser: options.calendarUser, depsFor: options.depsFor, appUrl });
  }
  await registerStaticUi(app, options.webRoot ?? null);

  const scheduler = options.scheduler === false ? null : planScheduler({ users: () => options.users, depsFor: options.depsFor, events, intervalMs: options.scheduler?.intervalMs ?? 60_000, limit: TODAY_LIMIT, log });
  app.addHook('preClose', async () => {
    await Promise.all([scheduler?.stop(), workers?.stop()]);
    for (const res of streams) res.end();
  });

  return {
    app,
    events,
    scheduler,
    mailWorkers: workers,
    routes,
    registered,
    async listen() {
      try {
        await app.listen({ host: LOCAL_HOST, port });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
          throw new AppError('conflict', `port ${port} is already in use: is hearback already running (open http://${LOCAL_HOST}:${port}/)? Or pick another with --port`, { field: 'port', cause: error });
        }
        throw error;
      }
      const address = app.server.address();
      if (address !== null && typeof address === 'object') port = address.port;
      scheduler?.start();
      await workers?.start();
      return `http://${LOCAL_HOST}:${port}/`;
    },
    close: () => app.close(),
  };
}
