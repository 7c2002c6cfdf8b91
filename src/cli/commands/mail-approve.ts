import { decideOutbox, type OutboxDecision } from '../../app/mail/outbox-decisions';
import { queueSend } from '../../app/mail/queue-send';
import { AppError } from '../../core/app-error';
import type { Handler } from '../command-context';
import { readInput } from '../read-input';
import { shortTime } from './mail-context';
import { str } from './parse-options';

/** `hearback mail approve ACTION-ID`: queues the draft (or your edit of it) to be sent in the send window. */
export const mailApprove: Handler = async (ctx, [actionId], o) => {
  const { deps } = await ctx.runtime();
  const body = typeof o.bodyFile === 'string' ? (await readInput(o.bodyFile, ctx.io.stdin, 'bodyFile')).toString('utf8') : null;
  const result = await queueSend(deps, { actionId, subject: str(o.subject) ?? null, body, to: str(o.to) ?? null, force: Boolean(o.force) });
  const out = ctx.out;
  if (out.json) return out.data(result);
  const { item } = result;
  const verb = { queued: 'Queued', updated: 'Updated', unchanged: `Already ${item.state.replace('_', ' ')}:` }[result.outcome];
  out.line(`${verb} "${item.mail.subject}" to ${item.mail.to.name ? `${item.mail.to.name} <${item.mail.to.address}>` : item.mail.to.address}`);
  if (item.state === 'queued') out.line(`  sends at ${shortTime(item.sendAt)} or later, when \`hearback mail watch\` (or \`mail send\`) runs`);
  for (const f of result.findings) out.line(out.style(f.severity === 'error' ? 'red' : 'yellow', `  ${f.severity}: ${f.message}`));
};

/** `hearback mail decide ACTION-ID --sent|--resend|--cancel`, and `mail cancel`. */
export const mailDecide: Handler = async (ctx, [actionId], o) => {
  const chosen = (['sent', 'resend', 'cancel'] as const).filter((d) => o[d]);
  if (chosen.length !== 1) throw new AppError('validation', 'say exactly one of --sent (it went out), --resend or --cancel', { field: 'decision' });
  const { deps } = await ctx.runtime();
  const item = await decideOutbox(deps, actionId ?? '', chosen[0] as OutboxDecision);
  if (ctx.out.json) return ctx.out.data(item);
  ctx.out.line(`${item.actionId}: ${item.state.replace('_', ' ')}${item.state === 'queued' ? `, sends at ${shortTime(item.sendAt)}` : ''}`);
};

export const mailCancel: Handler = (ctx, args) => mailDecide(ctx, args, { cancel: true });
