import { checkInbox } from '../../app/mail/check-inbox';
import { isAppError } from '../../core/app-error';
import type { Handler } from '../command-context';
import { mailSessionOf, stopSignal } from './mail-context';
import { printInbox, sendDue, workerOptions } from './mail-send';
import { appUrlFrom } from '../../app/local-address';
import { sendDailyDigestIfDue } from '../../app/mail/send-digest';

/** `hearback mail check`: one pass over the watched folders. */
export const mailCheck: Handler = async (ctx) => {
  const { deps, session } = await mailSessionOf(ctx);
  try {
    const pass = await checkInbox(deps, session);
    if (ctx.out.json) return ctx.out.data(pass);
    printInbox(ctx, pass);
    ctx.out.line(`Read ${pass.read} new message(s): ${pass.applied.length} applied, ${pass.review.length} for review, ${pass.ignored} ignored.`);
  } finally {
    await session.close();
  }
};

/**
 * `hearback mail watch`: in the foreground until Ctrl+C, sends what is due and reads new mail, waking on
 * IMAP IDLE where the server offers it and polling otherwise. A server that drops out is retried.
 */
export const mailWatch: Handler = async (ctx, _args, o) => {
  const { deps, session } = await mailSessionOf(ctx);
  const options = workerOptions(ctx, deps);
  const pollMs = Math.max(5, Number(o.poll ?? 60)) * 1000;
  const stop = stopSignal();
  ctx.out.note(ctx.out.style('dim', `Watching ${session.account.folders.join(', ')} of ${session.account.address}; Ctrl+C to stop.`));
  try {
    while (!stop.signal.aborted) {
      try {
        if (o.send !== false) {
          await sendDue(ctx, deps, session, options);
          const digest = await sendDailyDigestIfDue(deps, session, { appUrl: appUrlFrom(ctx.io.env) });
          if (digest.kind === 'sent') ctx.out.line(`${ctx.out.style('green', 'sent')} the morning digest to ${digest.to}`);
        }
        printInbox(ctx, await checkInbox(deps, session));
        const folder = session.account.folders[0] ?? 'INBOX';
        await session.inbox().waitForChange(folder, pollMs, stop.signal, await deps.db.getInboxFolder(folder));
      } catch (error) {
        if (!isAppError(error) || !error.code.startsWith('mail_')) throw error;
        ctx.out.note(ctx.out.style('red', `${error.message}; trying again in ${pollMs / 1000} s`));
        await session.close();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          stop.signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
        });
      }
    }
  } finally {
    stop.abort();
    await session.close();
  }
};
