import { composeDigest } from '../../app/digest';
import { digestMessage } from '../../app/digest-message';
import { appUrlFrom } from '../../app/local-address';
import { setDigestPreferences, type DigestState } from '../../app/mail/digest-preferences';
import { sendDigestNow } from '../../app/mail/send-digest';
import { invalid, isAppError } from '../../core/app-error';
import type { CommandContext, Handler } from '../command-context';
import { mailSessionOf } from './mail-context';
import { str } from './parse-options';
import { writeOutput } from './write-output';

/**
 * `hearback digest [--out FILE] [--to ADDRESS] [--days N]`: the morning e-mail of today's actions, as an
 * RFC 5322 message (`.eml`) on stdout or in a file. `--send` e-mails it now through the mail account;
 * `--daily HH:MM|off` has `hearback serve` (or `mail watch`) e-mail it every morning.
 */
export const digest: Handler = async (ctx, _args, o) => {
  const days = Number(o.days ?? 3);
  if (!Number.isInteger(days) || days < 0 || days > 31)
    throw invalid('days', `must be a whole number of days from 0 to 31 (got "${String(o.days)}")`);
  const appUrl = appUrlFrom(ctx.io.env, str(o.appUrl));
  const daily = str(o.daily);
  if (daily !== undefined) {
    if (o.send || o.out) throw invalid('daily', 'sets the morning schedule; use it without --send or --out');
    const { deps } = await ctx.runtime();
    const input = daily === 'off' ? { enabled: false } : { enabled: true, time: daily, ...(o.to ? { to: str(o.to) } : {}) };
    const state = await setDigestPreferences(deps, input).catch(asDailyError);
    printSchedule(ctx, state);
    if (state.enabled && !(await deps.db.getMailAccount())) ctx.out.note('No mail account is set up yet, so nothing will be sent until you run `hearback mail setup`.');
    return 0;
  }
  if (o.send) {
    if (o.out) throw invalid('out', 'writes the digest to a file; --send e-mails it instead: use one of them');
    const { deps, session } = await mailSessionOf(ctx);
    try {
      const sent = await sendDigestNow(deps, session, { appUrl, days, to: str(o.to) ?? null });
      if (ctx.out.json) ctx.out.data(sent);
      else ctx.out.line(`${ctx.out.style('green', 'sent')} ${sent.subject} to ${sent.to}`);
    } finally {
      await session.close();
    }
    return 0;
  }
  const { deps } = await ctx.runtime();
  const composed = await composeDigest(deps, { appUrl, days });
  const eml = await digestMessage(composed, deps.db.userId, { to: str(o.to) ?? null });
  await writeOutput(ctx, str(o.out), eml, {
    mediaType: 'message/rfc822',
    extra: { subject: composed.subject, due: composed.dueCount, upcoming: composed.upcomingCount },
  });
  return 0;
};

/** The preferences name the field `time`; on the command line it is `--daily`. */
function asDailyError(error: unknown): never {
  if (isAppError(error) && error.field === 'time') throw invalid('daily', 'must be a time of day as HH:MM (for example 08:00), or off');
  throw error;
}

function printSchedule(ctx: CommandContext, state: DigestState): void {
  if (ctx.out.json) return ctx.out.data(state);
  ctx.out.line(
    state.enabled
      ? `The morning digest goes to ${state.to ?? 'your mail account’s address'} at ${state.time} your time, while hearback serve or mail watch runs.`
      : 'The morning digest is off.',
  );
}
