import { existsSync } from 'node:fs';
import { createServer as createNetServer, type Server } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';
import { CommandContext } from '../command-context';
import type { CliIo } from '../io';
import { packageRoot, parsePort, runServe } from './serve';

let rt: TempRuntime;
let out: string;
let err: string;
const io = (env: NodeJS.ProcessEnv = {}): CliIo => ({
  stdout: { write: (s: string) => (out += s) },
  stderr: { write: (s: string) => (err += s) },
  stdin: Readable.from(['']),
  env: { NO_COLOR: '1', ...env },
  compose: async () => ({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }),
});

beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  out = '';
  err = '';
});
afterEach(() => rt.cleanup());

/** Runs `serve` until `whileUp` has used the server, and returns what it printed and opened. */
async function serveOnce(options: Record<string, unknown>, env: NodeJS.ProcessEnv = {}, whileUp: (url: string) => Promise<void> = async () => undefined) {
  const opened: string[] = [];
  let url = '';
  const code = await runServe(new CommandContext(io(env), {}), { port: '0', ...options }, {
    open: (u) => opened.push(u),
    stopped: async () => {
      url = /running at (\S+)/.exec(out)?.[1] ?? '';
      await whileUp(url);
    },
  });
  return { code, opened, url };
}

describe('hearback serve', () => {
  it('prints the URL on 127.0.0.1, serves the API there, and stops cleanly', async () => {
    const { code, url } = await serveOnce({ open: false }, {}, async (u) => {
      const session = await fetch(new URL('/api/session', u));
      expect(session.status).toBe(200);
      expect(await session.json()).toMatchObject({ userId: 'local', applications: 0 });
    });
    expect(code).toBe(0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(out).toBe(`hearback is running at ${url}\n`);
    expect(err).toContain('Stopping');
    await expect(fetch(url)).rejects.toThrow();
  });

  it.each([
    [{}, {}, 1],
    [{ open: false }, {}, 0],
    [{}, { CI: 'true' }, 0],
  ])('opens the browser unless --no-open or CI: %o %o', async (options, env, times) => {
    expect((await serveOnce(options, env)).opened).toHaveLength(times);
  });

  it('exits 2 with a clear message when the port is taken', async () => {
    const busy: Server = createNetServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as { port: number }).port;
    try {
      const r = await runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, ['serve', '--port', String(port), '--no-open']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`port ${port} is already in use`);
    } finally {
      busy.close();
    }
  });

  it.each(['http', '-1', '65536', '80.5'])('refuses --port %s, naming it', (value) => {
    expect(() => parsePort(value)).toThrow(expect.objectContaining({ code: 'validation', field: 'port' }));
  });

  it('finds the package root, where web/dist lives', () => {
    const root = packageRoot() ?? '';
    expect(existsSync(join(root, 'package.json')) && existsSync(join(root, 'src', 'cli', 'commands', 'serve.ts'))).toBe(true);
  });
});
