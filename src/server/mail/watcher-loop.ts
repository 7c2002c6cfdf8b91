import { nowIso } from '../../app/deps';
import { checkInbox, type InboxPass } from '../../app/mail/check-inbox';
import { openMailSession, type MailSession } from '../../app/mail/mail-session';
import type { LoopContext } from './sender-loop';
import type { Wakeable } from './wakeable';
import { describeFailure } from './worker-status';

export interface WatcherTiming {
  /** How long one wait lasts: the polling interval without IDLE, and the longest IDLE before a fresh read. */
  pollMs: number;
  retryMs: number;
}

interface Waiter {
  resolve(pass: InboxPass): void;
  reject(error: unknown): void;
}

/** The inbox watcher of one user, and the way to ask it for a pass now. */
export interface Watcher {
  run(): Promise<void>;
  /** One pass as soon as possible: ends the current wait, and resolves with the next pass's summary. */
  checkNow(): Promise<InboxPass>;
  /** Ends the current wait, so the loop sees that it was stopped. */
  interrupt(): void;
  /** Fails the passes still asked for, once the loop has ended. */
  abandon(error: unknown): void;
}

/**
 * The inbox watcher of one user: a pass over the account's folders (which applies sure verdicts and queues
 * unsure ones for review), then a wait for new mail (IMAP IDLE where the server offers it, else polling),
 * again and again. A pass asked for while one runs is served by the next one, so it sees mail that arrived
 * after the running pass began. Failures are recorded for the page and retried; they never end the loop.
 */
export function inboxWatcher(ctx: LoopContext, timing: WatcherTiming, wake: Wakeable): Watcher {
  const waiters: Waiter[] = [];
  let waiting: AbortController | null = null;
  const interrupt = () => {
    waiting?.abort();
    wake.wake();
  };

  async function run(): Promise<void> {
    let session: MailSession | null = null;
    const drop = async () => {
      await session?.close().catch(() => undefined);
      session = null;
    };
    while (!ctx.stopped()) {
      const serving = waiters.splice(0);
      try {
        session ??= await openMailSession(ctx.deps, ctx.kit);
        const pass = await checkInbox(ctx.deps, session);
        ctx.book.status.watcher.lastCheckAt = nowIso(ctx.deps);
        ctx.book.failure('watcher', null, nowIso(ctx.deps));
        for (const w of serving) w.resolve(pass);
        if (pass.applied.length > 0 || pass.review.length > 0) ctx.changed();
        if (waiters.length > 0 || ctx.stopped()) continue;
        const folder = session.account.folders[0] ?? 'INBOX';
        const cursor = await ctx.deps.db.getInboxFolder(folder);
        waiting = new AbortController();
        ctx.book.status.watcher.waiting = true;
        try {
          await session.inbox().waitForChange(folder, timing.pollMs, waiting.signal, cursor);
        } finally {
          waiting = null;
          ctx.book.status.watcher.waiting = false;
        }
      } catch (error) {
        for (const w of serving) w.reject(error);
        ctx.book.failure('watcher', describeFailure(error), nowIso(ctx.deps), error);
        await drop();
        if (waiters.length === 0 && !ctx.stopped()) await wake.sleep(timing.retryMs);
      }
    }
    await drop();
  }

  return {
    run,
    checkNow() {
      return new Promise<InboxPass>((resolve, reject) => {
        waiters.push({ resolve, reject });
        interrupt();
      });
    },
    interrupt,
    abandon(error) {
      for (const w of waiters.splice(0)) w.reject(error);
    },
  };
}
