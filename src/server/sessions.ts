import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/app-error';

/** Who a request comes from, and the token its writes must carry. */
export interface RequestSession {
  userId: string;
  csrfToken: string;
}

/**
 * The seam where authentication plugs in. Local mode has one user and one token per process. Server mode
 * (many users on PostgreSQL) will verify a session cookie here and derive the CSRF token from it without
 * keeping state in the process (an HMAC of the session id), so any web process can answer any request.
 */
export interface Sessions {
  /** The session of a request; throws `unauthenticated` when it has none. */
  sessionOf(request: FastifyRequest): RequestSession;
}

/** Local mode: every request is the one local user's, and the CSRF token is random for each process. */
export function localSessions(userId = 'local', csrfToken = randomBytes(32).toString('base64url')): Sessions {
  const session: RequestSession = Object.freeze({ userId, csrfToken });
  return { sessionOf: () => session };
}

/** Compares tokens in constant time, so a wrong guess says nothing about how close it was. */
export function sameToken(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const WRITES: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses a write without the session's CSRF token in `x-csrf-token`. Reads need none. */
export function checkCsrf(request: FastifyRequest, session: RequestSession): void {
  if (!WRITES.has(request.method)) return;
  const given = request.headers['x-csrf-token'];
  if (given === undefined) throw new AppError('csrf', 'this change needs the x-csrf-token header; get the token from GET /api/session', { field: 'x-csrf-token' });
  if (!sameToken(given, session.csrfToken)) throw new AppError('csrf', 'the x-csrf-token header does not match this session; reload the page', { field: 'x-csrf-token' });
}
