import { Socket } from 'node:net';

/**
 * Suites that need an outside server (PostgreSQL, Chromium, Dovecot) run when it is there and skip with a
 * message when it is not, so `npm test` works on a bare laptop. CI sets HEARBACK_REQUIRE_SERVICES=1, and
 * then a missing server fails the run instead of silently skipping it.
 */
export function servicesRequired(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env['HEARBACK_REQUIRE_SERVICES'] === '1';
}

/**
 * Whether the suite needing `name` should run. When the service is missing it prints why and returns false,
 * or throws when services are required, which fails the test file at collection.
 *
 * @example
 * const probe = await probeTcp('127.0.0.1', 5432);
 * const run = requireOrSkip('PostgreSQL', probe.ok, `postgres://127.0.0.1:5432: ${probe.why}`);
 * (run ? describe : describe.skip)('postgres store', () => { ... });
 */
export function requireOrSkip(
  name: string,
  available: boolean,
  why: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  if (available) return true;
  if (servicesRequired(env)) {
    throw new Error(`${name} is required (HEARBACK_REQUIRE_SERVICES=1) but unavailable: ${why}`);
  }
  console.warn(`Skipping the ${name} suite: ${why}. Set HEARBACK_REQUIRE_SERVICES=1 to make this a failure.`);
  return false;
}

export interface Probe {
  ok: boolean;
  /** What was tried and, when it failed, how. */
  why: string;
}

/** Whether something accepts TCP connections at host:port within `timeoutMs`. */
export function probeTcp(host: string, port: number, timeoutMs = 1_000): Promise<Probe> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const finish = (probe: Probe): void => {
      socket.destroy();
      resolve(probe);
    };
    socket.setTimeout(timeoutMs, () =>
      finish({ ok: false, why: `${host}:${port} did not answer within ${timeoutMs} ms` }),
    );
    socket.once('error', (error) => finish({ ok: false, why: `${host}:${port}: ${error.message}` }));
    socket.connect(port, host, () => finish({ ok: true, why: `${host}:${port} accepts connections` }));
  });
}
