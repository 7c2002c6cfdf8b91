import { runOutboxPass, type OutboxPass } from '../../app/mail/outbox-pass';
import type { AppDeps } from '../../app/deps';
import type { MailSession } from '../../app/mail/mail-session';
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

export function printPass(ctx: CommandContext, pass: OutboxPass): void {
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
