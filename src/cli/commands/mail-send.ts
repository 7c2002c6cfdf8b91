import { runOutboxPass, type OutboxPass } from '../../app/mail/outbox-pass';
import type { AppDeps } from '../../app/deps';
import type { InboxPass } from '../../app/mail/check-inbox';
import type { MailSession } from '../../app/mail/mail-session';
import type { MailRecord } from '../../ports/mail-records';
import type { CommandContext, Handler } from '../command-context';
import { envMs, mailSessionOf, stopSignal, workerName } from './mail-context';

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/** The worker's settings from the environment: the lease, and a test hook that widens the crash window. */
export function workerOptions(ctx: CommandContext, deps: AppDeps) {
  const env = ctx.io.env;
  const pause = envMs(env, 'HEARBACK_TEST_PAUSE_AFTER_SMTP_MS', 0);
  return {
    owner: workerName(deps),
    leaseMs: envMs(env, 'HEARBACK_MAIL_LEASE_MS', 10 * 60_000),
    ...(pause > 0 ? { afterSmtp: () => sleep(pause) } : {}),
  };
}

function describe(r: MailRecord): string {
  const what = r.suggestion?.kind === 'event' ? r.suggestion.event.replace('_', ' ') : r.suggestion?.kind === 'application' ? `new application ${r.suggestion.company}` : r.verdict.kind;
  return `${r.id}  ${what} (${r.verdict.tier})  ${r.from ?? '?'}: ${r.subject}`;
}

export function printInbox(ctx: CommandContext, pass: InboxPass): void {
  const out = ctx.out;
  for (const r of pass.applied) out.line(`${out.style('green', 'applied')} ${describe(r)}  (undo: hearback inbox undo ${r.id})`);
  for (const r of pass.review) out.line(`${out.style('yellow', 'review')}  ${describe(r)}`);
  for (const f of pass.reset) out.line(out.style('dim', `${f} was renumbered by the server (UIDVALIDITY); read again, nothing counted twice`));
  for (const e of pass.errors) out.line(out.style('red', `unreadable message ${e.folder} UID ${e.uid}: ${e.error}`));
}

export function printPass(ctx: CommandContext, pass: OutboxPass): void {
  if (pass.inboxError) ctx.out.note(ctx.out.style('yellow', `could not read the inbox before sending (${pass.inboxError}); sent what was due anyway`));
  if (pass.inbox) printInbox(ctx, pass.inbox);
  for (const r of pass.reports) {
    if (r.outcome === 'lost_lease') continue;
    const style = r.outcome === 'sent' ? 'green' : r.outcome === 'failed' || r.outcome === 'needs_decision' ? 'red' : 'yellow';
    ctx.out.line(`${ctx.out.style(style, r.outcome.replace('_', ' '))} ${r.actionId}${r.reason ? `: ${r.reason}` : ''}`);
  }
}

/**
 * `hearback mail send`: sends what is due, once; with `--until-idle`, keeps going until nothing is due or
 * in flight, waiting out the lease of a worker that stopped mid-send so its message can be settled.
 */
export const mailSend: Handler = async (ctx, _args, o) => {
  const { deps, session } = await mailSessionOf(ctx);
  const options = workerOptions(ctx, deps);
  const stop = stopSignal();
  const all: OutboxPass['reports'] = [];
  try {
    for (;;) {
      const pass = await runOutboxPass(deps, session, options);
      all.push(...pass.reports);
      if (!ctx.out.json) printPass(ctx, pass);
      if (!o.untilIdle || pass.remaining === 0 || stop.signal.aborted || pass.reports.some((r) => r.stop)) break;
      if (pass.reports.length === 0) await sleep(Math.min(options.leaseMs, 1000), stop.signal);
    }
  } finally {
    stop.abort();
    await session.close();
  }
  if (ctx.out.json) ctx.out.data({ reports: all });
  return all.some((r) => r.stop) ? 1 : 0;
};

export async function sendDue(ctx: CommandContext, deps: AppDeps, session: MailSession, options: ReturnType<typeof workerOptions>): Promise<void> {
  printPass(ctx, await runOutboxPass(deps, session, options));
}
