import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../app/deps';
import type { ChatModel } from '../ports/chat-model';
import type { MailKit } from '../ports/mail-kit';
import type { MailWorkers } from './mail/mail-workers';
import type { PlanEvents } from './plan-events';
import type { RequestSession, Sessions } from './sessions';
import type { TodayCache } from './today-cache';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What every route handler may use; nothing in it holds per-user state, so web processes scale out. */
export interface ApiEnv {
  mode: 'local';
  version: string;
  sessions: Sessions;
  /** One user's use-case dependencies: local mode's one store handle, or `store.forUser(id)` per request. */
  depsFor(userId: string): AppDeps;
  events: PlanEvents;
  /** Today's answers; writes through the API invalidate the writer's. */
  todayCache: TodayCache;
  chat: ChatModel | null;
  /** Loads the mail drivers from the composition root (once); null when the server was started without them. */
  mail: (() => Promise<MailKit>) | null;
  /** The sender and inbox watchers of the users with a mail account; null when they do not run here. */
  mailWorkers: MailWorkers | null;
  /** The web app's address as users reach it: links in e-mails point here. */
  appUrl(): string;
}

export interface RouteContext<P, Q> {
  env: ApiEnv;
  session: RequestSession;
  deps: AppDeps;
  params: P;
  query: Q;
  /** The JSON body, `{}` when there is none. The use case validates it with the schema it exports. */
  body: Record<string, unknown>;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * One route of the API, declared once: Fastify serves it from this, and the OpenAPI document describes it
 * from the same schemas, so the two cannot disagree.
 */
export interface ApiRoute<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: Method;
  /** Fastify's path syntax: `/api/applications/:id`. */
  url: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  /** The body's schema as the use case validates it; `omit` lists the fields the path supplies instead. */
  body?: { schema: z.ZodType; omit?: readonly string[] };
  /** The largest body this route reads, in bytes, when more than Fastify's 1 MiB: an upload's. */
  bodyLimit?: number;
  /** The success status; 204 answers without a body. */
  status?: 200 | 201 | 204;
  /** The success answer's schema, for the document only: answers are never filtered through it. */
  response?: z.ZodType;
  /** What the answer is when it is not JSON. */
  produces?: 'text/event-stream';
  /** Whether a success tells the user's other pages that plans changed; by default every write does. */
  notifies?: boolean;
  handler(ctx: RouteContext<z.infer<P>, z.infer<Q>>): Promise<unknown>;
}

/** Declares a route, inferring the handler's parameter types from its schemas. */
export function route<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType>(spec: ApiRoute<P, Q>): ApiRoute {
  return spec as unknown as ApiRoute;
}
