import type { RunningServer } from './hearback-server';

/** Calls the server's API from the test, with the CSRF token on writes, for setting up a scene quickly. */
export async function callApi<T>(server: RunningServer, method: string, path: string, body?: unknown): Promise<T> {
  const session = (await (await fetch(`${server.url}/api/session`)).json()) as { csrfToken: string };
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'x-csrf-token': session.csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}
