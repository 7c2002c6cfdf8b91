import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../../package.json';
import { findCalendarUser } from '../../app/calendar-token';
import type { AppDeps } from '../../app/deps';
import { invalid } from '../../core/app-error';
import { createServer, DEFAULT_PORT } from '../../server/create-server';
import type { MailKit } from '../../ports/mail-kit';
import type { CommandContext, Handler } from '../command-context';
import { envMs, mailKitOf } from './mail-context';

/**
 * The package's root, found from this module's place: `src/cli/commands/` when run from source, `dist/` when
 * bundled. `web/dist` is there.
 */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'hearback') return dir;
    if (dirname(dir) === dir) return null;
  }
}

export function parsePort(value: unknown): number {
  const text = typeof value === 'string' ? value.trim() : String(value);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw invalid('port', `must be a port number from 0 to 65535 (got "${text}")`);
  return port;
}

/** Opens the URL in the default browser, quietly: when it cannot, the printed URL is enough. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform): void {
  const [command, args] = platform === 'darwin' ? ['open', [url]] : platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser to open; the URL is printed.
  }
}

/** Resolves when the process is asked to stop (Ctrl+C, or `kill`). */
function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export interface ServeHooks {
  stopped: () => Promise<unknown>;
  open: (url: string) => void;
}

/** `hearback serve`, with the stop signal and the browser as parameters so tests can drive it. */
export async function runServe(ctx: CommandContext, o: Record<string, unknown>, hooks: ServeHooks): Promise<number> {
  const port = parsePort(o.port ?? ctx.io.env.HEARBACK_PORT ?? DEFAULT_PORT);
  const { store, deps, chat } = await ctx.runtime();
  // The mail drivers come from the composition root like the store and the chat model, loaded the first
  // time a user with a mail account needs them; a build without them serves everything but mail.
  let kit: Promise<MailKit> | null = null;
  const loadKit = (): Promise<MailKit> => {
    if (kit) return kit;
    const loading = mailKitOf(ctx);
    kit = loading;
    // A load that failed is tried again next time rather than remembered.
    loading.catch(() => (kit = null));
    return loading;
  };
  const env = ctx.io.env;
  const handles = new Map<string, AppDeps>([[deps.db.userId, deps]]);
  const depsFor = (userId: string): AppDeps => {
    const known = handles.get(userId) ?? { ...deps, db: store.forUser(userId) };
    handles.set(userId, known);
    return known;
  };
  const root = ctx.io.env.HEARBACK_WEB_ROOT ?? (packageRoot() ?? '.') + '/web/dist';
  const appUrl = ctx.io.env.HEARBACK_APP_URL;
  const server = await createServer({
    mode: 'local',
    port,
    depsFor,
    users: [deps.db.userId],
    chat,
    webRoot: root,
    version,
    log: (line) => ctx.out.note(line),
    calendarUser: (token) => findCalendarUser(store, token),
    ...(appUrl ? { appUrl } : {}),
    mail: ctx.io.mail ? { kit: loadKit, workers: mailTiming(env) } : null,
  });
  const url = await server.listen();
  ctx.out.line(`hearback is running at ${url}`);
  ctx.out.note(ctx.out.style('dim', 'Press Ctrl+C to stop.'));
  if (o.open !== false && !ctx.io.env.CI) hooks.open(url);
  await hooks.stopped();
  ctx.out.note('Stopping hearback…');
  await server.close();
  return 0;
}

/** The mail workers' timing: the lease as for `hearback mail send`, and test hooks for the intervals. */
export function mailTiming(env: NodeJS.ProcessEnv) {
  return {
    leaseMs: envMs(env, 'HEARBACK_MAIL_LEASE_MS', 10 * 60_000),
    intervalMs: envMs(env, 'HEARBACK_MAIL_SEND_INTERVAL_MS', 60_000),
    pollMs: envMs(env, 'HEARBACK_MAIL_POLL_MS', 60_000),
    retryMs: envMs(env, 'HEARBACK_MAIL_RETRY_MS', 60_000),
  };
}

export const serve: Handler = (ctx, _args, o) => runServe(ctx, o, { stopped: untilSignal, open: openBrowser });
