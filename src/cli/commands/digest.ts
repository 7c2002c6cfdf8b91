import { composeDigest } from '../../app/digest';
import { digestMessage } from '../../app/digest-message';
import { appUrlFrom } from '../../app/local-address';
import { invalid } from '../../core/app-error';
import type { Handler } from '../command-context';
import { str } from './parse-options';
import { writeOutput } from './write-output';

/**
 * `hearback digest [--out FILE] [--to ADDRESS] [--days N]`: the morning e-mail of today's actions, as an
 * RFC 5322 message (`.eml`) on stdout or in a file, until hearback can send mail itself.
 */
export const digest: Handler = async (ctx, _args, o) => {
  const days = Number(o.days ?? 3);
  if (!Number.isInteger(days) || days < 0 || days > 31)
    throw invalid('days', `must be a whole number of days from 0 to 31 (got "${String(o.days)}")`);
  const { deps } = await ctx.runtime();
  const composed = await composeDigest(deps, { appUrl: appUrlFrom(ctx.io.env, str(o.appUrl)), days });
  const eml = await digestMessage(composed, deps.db.userId, { to: str(o.to) ?? null });
  await writeOutput(ctx, str(o.out), eml, {
    mediaType: 'message/rfc822',
    extra: { subject: composed.subject, due: composed.dueCount, upcoming: composed.upcomingCount },
  });
};
