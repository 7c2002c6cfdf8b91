import type { AppDeps } from './app/deps';
import { runCli, type CliIo } from './cli/run-cli';
import type { ChatModel } from './ports/chat-model';
import type { MailKit } from './ports/mail-kit';
import type { Store } from './ports/store';
import { fixedClock, systemClock } from './runtime/system-clock';
import { randomIds } from './runtime/random-ids';

export interface ComposeOptions {
  home?: string;
  /** A store URL: `postgres://…` for server mode, a file path or `sqlite:PATH` for SQLite. */
  db?: string;
  /** Pins the clock, for reproducible runs. */
  now?: string;
  userId?: string;
  env?: NodeJS.ProcessEnv;
}

export interface Runtime {
  store: Store;
  deps: AppDeps;
  /** The optional chat model for rewriting drafts, from HEARBACK_AI_URL and friends; null when off. */
  chat: ChatModel | null;
  close(): Promise<void>;
}

/**
 * The one composition root: picks the concrete store, clock and id source, and hands use cases their ports.
 * Local mode is one user, `local`; server mode passes the signed-in user's id.
 */
export async function compose(options: ComposeOptions = {}): Promise<Runtime> {
  const env = options.env ?? process.env;
  const { openStore } = await import('./store/open-store');
  const url = options.db ?? env.HEARBACK_DB ?? env.DATABASE_URL;
  const store = await openStore({ ...(url ? { url } : {}), ...(options.home ? { home: options.home } : {}) });
  const userId = options.userId ?? 'local';
  try {
    await store.ensureUser({ id: userId });
  } catch (error) {
    await store.close();
    throw error;
  }
  const deps: AppDeps = {
    db: store.forUser(userId),
    clock: options.now ? fixedClock(options.now) : systemClock,
    ids: randomIds(),
    // A getter: reading the machine's zone starts ICU (about 15 ms), and only a user without saved
    // settings needs it.
    defaults: {
      get timezone() {
        return env.TZ || Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
      },
    },
  };
  return { store, deps, chat: await chatModel(env), close: () => store.close() };
}

/**
 * The chat model configured in the environment, loaded only when one is. Bad settings never fail here: the
 * rewrite is optional, so they fail only `draft --rewrite`, which names the setting.
 */
async function chatModel(env: NodeJS.ProcessEnv): Promise<ChatModel | null> {
  if (!env.HEARBACK_AI_URL) return null;
  const { chatModelFromEnv } = await import('./ai/chat-from-env');
  return chatModelFromEnv(env);
}

/**
 * The mail drivers behind the MailKit port, loaded only by the commands and workers that send or read mail.
 * The secret key lives in the data directory (or HEARBACK_SECRET_KEY), never in the database.
 */
export async function loadMailKit(options: { home?: string; env?: NodeJS.ProcessEnv } = {}): Promise<MailKit> {
  const env = options.env ?? process.env;
  const [{ createMailKit }, { resolveHome }] = await Promise.all([import('./mail/mail-kit'), import('./store/resolve-home')]);
  return createMailKit({ home: options.home ?? resolveHome(env), env });
}

/** The `hearback` command. */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  return runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    // Read on first use: touching process.stdin sets up a stream, which `today` never needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    compose,
    mail: (request) => loadMailKit({ ...(request.home ? { home: request.home } : {}), env: process.env }),
    ...io,
  });
}
