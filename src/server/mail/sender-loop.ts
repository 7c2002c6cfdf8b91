import type { AppDeps } from '../../app/deps';
import { nowIso } from '../../app/deps';
import { openMailSession, type MailSession } from '../../app/mail/mail-session';
import { runOutboxPass } from '../../app/mail/outbox-pass';
import { sendDailyDigestIfDue } from '../../app/mail/send-digest';
import type { MailKit } from '../../ports/mail-kit';
import type { Wakeable } from './wakeable';
import { describeFailure, type WorkerStatusBook } from './worker-status';

export interface LoopContext {
  deps: AppDeps;
  kit: MailKit;
  book: WorkerStatusBook;
  /** The web app's address, for the links in the morning digest. */
  appUrl(): string;
  /** The user's plans, outbox or review queue changed: refresh their pages. */
  changed(): void;
  stopped(): boolean;
}

export interface SenderTiming {
  /** How often the sender looks for due messages when nothing wakes it. */
  intervalMs: number;
  /** How long to wait after a failure before trying again. */
  retryMs: number;
  leaseMs: number;
  /** Who holds the leases this sender takes: unique per process. */
  owner: string;
}

/** The shortest pause: a row that stays due without being sent must not spin the loop. */
const MIN_WAIT_MS = 1_000;

/** Until the earliest queued message is due, or the interval, whichever comes first. */
async function untilNextDue(deps: AppDeps, intervalMs: number): Promise<number> {
  const queued = await deps.db.listOutbox({ states: ['queued'] });
  const next = Math.min(...queued.map((item) => Date.parse(item.sendAt)));
  return Math.min(intervalMs, Math.max(MIN_WAIT_MS, next - Date.parse(nowIso(deps))));
}

/**
 * The sender of one user: runs an outbox pass (which claims each due row with a lease, so it is safe beside
 * `hearback mail watch` or another server), then sleeps until the next message is due, the interval ends, or
 * an approval wakes it. A failure is recorded for the page and retried later; it never ends the loop.
 */
export async function senderLoop(ctx: LoopContext, timing: SenderTiming, wake: Wakeable): Promise<void> {
  let session: MailSession | null = null;
  const drop = async () => {
    await session?.close().catch(() => undefined);
    session = null;
  };
  while (!ctx.stopped()) {
    let waitMs = timing.retryMs;
    try {
      session ??= await openMailSession(ctx.deps, ctx.kit);
      const pass = await runOutboxPass(ctx.deps, session, { owner: timing.owner, leaseMs: timing.leaseMs });
      const now = nowIso(ctx.deps);
      const book = ctx.book.status.sender;
      book.lastPassAt = now;
      if (pass.reports.some((r) => r.outcome === 'sent')) book.lastSentAt = now;
      if (pass.reports.some((r) => r.outcome !== 'lost_lease')) ctx.changed();
      const stop = pass.reports.find((r) => r.stop);
      if (stop) {
        ctx.book.failure('sender', { code: 'mail_send', message: stop.reason ?? 'the mail server refused the message' }, now);
        await drop();
      } else {
        // A failed message waits for its retry; the failure stands until a message goes out or none waits.
        if (book.lastSentAt === now || (await ctx.deps.db.listOutbox({ states: ['queued', 'sending'] })).length === 0) ctx.book.failure('sender', null, now);
        waitMs = await untilNextDue(ctx.deps, timing.intervalMs);
        // The morning digest rides on the sender's pass: the same connection, at most a minute late.
        await sendDailyDigestIfDue(ctx.deps, session, { appUrl: ctx.appUrl() });
      }
    } catch (error) {
      ctx.book.failure('sender', describeFailure(error), nowIso(ctx.deps), error);
      await drop();
    }
    if (!ctx.stopped()) await wake.sleep(waitMs);
  }
  await drop();
}
