import type { AppDeps } from '../../app/deps';
import type { InboxPass } from '../../app/mail/check-inbox';
import { AppError } from '../../core/app-error';
import type { MailKit } from '../../ports/mail-kit';
import { senderLoop, type SenderTiming } from './sender-loop';
import { wakeable } from './wakeable';
import { inboxWatcher, type WatcherTiming } from './watcher-loop';
import { WorkerStatusBook, type MailWorkerStatus } from './worker-status';

export type MailWorkerTiming = Omit<SenderTiming, 'owner'> & WatcherTiming;

export interface UserMailWorkersOptions {
  userId: string;
  deps: AppDeps;
  kit: MailKit;
  owner: string;
  timing: MailWorkerTiming;
  appUrl: () => string;
  changed(): void;
  log(line: string): void;
}

/** The sender and the inbox watcher of one user with an account. */
export interface UserMailWorkers {
  start(): void;
  /** Something was approved or queued again: the sender looks now. */
  kick(): void;
  checkNow(): Promise<InboxPass>;
  status(): MailWorkerStatus;
  /** Ends both loops and waits for them: a send in progress finishes and is recorded first. */
  stop(): Promise<void>;
}

export function userMailWorkers(options: UserMailWorkersOptions): UserMailWorkers {
  let stopped = false;
  const book = new WorkerStatusBook(options.userId, options.log, options.changed);
  const ctx = { deps: options.deps, kit: options.kit, book, appUrl: options.appUrl, changed: options.changed, stopped: () => stopped };
  const senderWake = wakeable();
  const watcher = inboxWatcher(ctx, options.timing, wakeable());
  let loops: Promise<unknown> = Promise.resolve();
  // The loops catch their own failures; this only keeps a bug in them from becoming an unhandled rejection.
  const guard = (name: string) => (error: unknown) => options.log(`hearback: the mail ${name} for ${options.userId} stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);

  return {
    start() {
      loops = Promise.all([senderLoop(ctx, { ...options.timing, owner: options.owner }, senderWake).catch(guard('sender')), watcher.run().catch(guard('watcher'))]);
    },
    kick: () => senderWake.wake(),
    checkNow: () => (stopped ? Promise.reject(new AppError('conflict', 'the mail workers are stopping; try again in a moment')) : watcher.checkNow()),
    status: () => structuredClone(book.status),
    async stop() {
      stopped = true;
      senderWake.wake();
      watcher.interrupt();
      await loops;
      watcher.abandon(new AppError('conflict', 'the mail workers stopped before checking; try again in a moment'));
    },
  };
}
