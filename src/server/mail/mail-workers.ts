import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../app/deps';
import type { InboxPass } from '../../app/mail/check-inbox';
import type { MailKit } from '../../ports/mail-kit';
import { userMailWorkers, type MailWorkerTiming, type UserMailWorkers } from './user-mail-workers';
import type { MailWorkerStatus } from './worker-status';

export const DEFAULT_MAIL_TIMING: MailWorkerTiming = { intervalMs: 60_000, pollMs: 60_000, retryMs: 60_000, leaseMs: 10 * 60_000 };

export interface MailWorkersOptions {
  /** Loads the mail drivers, once, when the first user with an account needs them. */
  kit: () => Promise<MailKit>;
  /** The users whose mail this process handles: local mode's one user. */
  users: () => readonly string[];
  depsFor(userId: string): AppDeps;
  /** The web app's address, for the links in the morning digest. */
  appUrl?: () => string;
  timing?: Partial<MailWorkerTiming>;
  /** A user's plans, outbox or review queue changed, or a worker failed or recovered. */
  changed(userId: string): void;
  log(line: string): void;
}

/**
 * The mail workers of `hearback serve`: for each user with a mail account, a sender and an inbox watcher.
 * Local mode runs them in the web process. Server mode would run them in worker processes instead: the
 * sender per user from `Store.listUsersWithDueMail`, the watchers shared out between processes (see
 * docs/architecture.md, "Server").
 */
export interface MailWorkers {
  /** Starts the workers of every user who has an account. */
  start(): Promise<void>;
  /**
   * Stops a user's workers, runs `change` (saving or removing the account), and starts them again when the
   * user has an account afterwards, whether or not `change` threw.
   */
  reload<T>(userId: string, change: () => Promise<T>): Promise<T>;
  /** Something was approved: the user's sender looks now. */
  kick(userId: string): void;
  /** An inbox pass now by the user's watcher; null when none runs for the user. */
  checkNow(userId: string): Promise<InboxPass> | null;
  status(userId: string): MailWorkerStatus | null;
  stop(): Promise<void>;
}

export function mailWorkers(options: MailWorkersOptions): MailWorkers {
  const timing = { ...DEFAULT_MAIL_TIMING, ...options.timing };
  // One lease owner per process, readable in `hearback mail status`.
  const owner = `${hostname()}:${process.pid}:serve:${randomBytes(3).toString('hex')}`;
  const running = new Map<string, UserMailWorkers>();
  let stopped = false;
  // Starts and reloads happen one at a time, so two quick saves never leave two workers for one user.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function startUser(userId: string): Promise<void> {
    if (stopped || running.has(userId)) return;
    const deps = options.depsFor(userId);
    let kit: MailKit;
    try {
      if (!(await deps.db.getMailAccount())) return;
      kit = await options.kit();
    } catch (error) {
      options.log(`hearback: could not start the mail workers of ${userId}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (stopped) return;
    const workers = userMailWorkers({ userId, deps, kit, owner, timing, appUrl: options.appUrl ?? (() => 'http://127.0.0.1:4720'), changed: () => options.changed(userId), log: options.log });
    running.set(userId, workers);
    workers.start();
  }

  async function stopUser(userId: string): Promise<void> {
    const workers = running.get(userId);
    running.delete(userId);
    await workers?.stop();
  }

  return {
    start: () => serial(async () => {
      for (const userId of options.users()) await startUser(userId);
    }),
    reload: (userId, change) =>
      serial(async () => {
        await stopUser(userId);
        try {
          return await change();
        } finally {
          await startUser(userId);
        }
      }),
    kick: (userId) => running.get(userId)?.kick(),
    checkNow: (userId) => running.get(userId)?.checkNow() ?? null,
    status: (userId) => running.get(userId)?.status() ?? null,
    stop: () => {
      stopped = true;
      return serial(async () => {
        await Promise.all([...running.keys()].map(stopUser));
      });
    },
  };
}
