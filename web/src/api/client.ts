import { describeFieldError } from '../lib/error-text';
import type { Session } from './types';

/** A failed API call, with the error code and field the server named (docs/api.md). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let session: Promise<Session> | null = null;

/**
 * This tab's id, sent with every write as `x-hearback-tab`. The server puts it on the `plan-changed` events
 * the write causes, so this tab can skip reloading for changes it made and already shows.
 */
export const TAB_ID = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** The session, fetched once: its CSRF token goes with every write. */
export function getSession(refresh = false): Promise<Session> {
  if (refresh || session === null) {
    session = request<Session>('GET', '/api/session').catch((error: unknown) => {
      session = null;
      throw error;
    });
  }
  return session;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

async function readError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; field?: string } };
    if (body.error) {
      return new ApiError(response.status, body.error.code ?? 'internal', body.error.message ?? response.statusText, body.error.field ?? null);
    }
  } catch {
    // Not JSON: a proxy or the server's own HTML error page. The status says enough.
  }
  return new ApiError(response.status, 'internal', `The server answered ${response.status} ${response.statusText}`.trim());
}

async function request<T>(method: Method, path: string, body?: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) {
    headers['x-csrf-token'] = token;
    headers['x-hearback-tab'] = TAB_ID;
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  } catch {
    throw new ApiError(0, 'offline', 'Cannot reach hearback. Is `hearback serve` still running?');
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/**
 * Calls the API. Writes carry the CSRF token; when the server restarted and the token went stale, the
 * session is fetched again and the write retried once.
 */
export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  if (method === 'GET') return request<T>(method, path);
  const { csrfToken } = await getSession();
  try {
    return await request<T>(method, path, body, csrfToken);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'csrf') throw error;
    const fresh = await getSession(true);
    return request<T>(method, path, body, fresh.csrfToken);
  }
}

/** A message for the user from anything thrown, naming the field (once, as a label) when the server did. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.field ? describeFieldError(error.field, error.message) : error.message;
  return error instanceof Error ? error.message : String(error);
}
