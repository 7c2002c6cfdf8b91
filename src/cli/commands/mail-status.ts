import { requireMailAccount, sentCopyOf } from '../../app/mail/mail-account';
import { OUTBOX_STATES, type OutboxItem } from '../../ports/mail-records';
import type { Handler } from '../command-context';
import { pad } from '../output';
import { shortTime } from './mail-context';

function describe(item: OutboxItem): string {
  const when = item.state === 'sent' ? `sent ${shortTime(item.sentAt)}` : item.state === 'queued' ? `sends ${shortTime(item.sendAt)}` : item.state.replace('_', ' ');
  return `${pad(item.actionId, 22)} ${pad(when, 26)} to ${item.mail.to.address}: ${item.mail.subject}${item.reason ? `\n${' '.repeat(23)}${item.reason}` : ''}`;
}

/** `hearback mail status`: the account (never its password), the outbox by state, and the review queue. */
export const mailStatus: Handler = async (ctx) => {
  const { deps } = await ctx.runtime();
  const { account } = await requireMailAccount(deps);
  const [outbox, review] = await Promise.all([deps.db.listOutbox(), deps.db.listMailRecords({ status: 'review' })]);
  const counts = Object.fromEntries(OUTBOX_STATES.map((s) => [s, outbox.filter((i) => i.state === s).length]));
  const out = ctx.out;
  if (out.json) {
    out.data({ account, sentCopy: sentCopyOf(account), outbox: { counts, items: outbox }, review: review.length });
    return;
  }
  out.line(`${out.style('bold', account.address)}${account.name ? ` (${account.name})` : ''}`);
  out.line(`  SMTP ${account.smtp.host}:${account.smtp.port} ${account.smtp.security}; IMAP ${account.imap.host}:${account.imap.port} ${account.imap.security}; watching ${account.folders.join(', ')}`);
  out.line(`  Sent copies: ${sentCopyOf(account) === 'provider' ? 'filed by the provider' : 'saved by hearback'}; at most ${account.dailyCap} a day, ${account.companyGapMinutes} minutes apart per company`);
  out.line(`Outbox: ${OUTBOX_STATES.map((s) => `${counts[s]} ${s.replace('_', ' ')}`).join(', ')}`);
  const open = outbox.filter((i) => i.state !== 'sent' && i.state !== 'cancelled');
  for (const item of open) out.line(`  ${describe(item)}`);
  const recent = outbox.filter((i) => i.state === 'sent' || i.state === 'cancelled').slice(-5);
  if (recent.length) out.line(out.style('dim', 'Recent:'));
  for (const item of recent) out.line(out.style('dim', `  ${describe(item)}`));
  if (review.length) out.line(`${review.length} message(s) wait for review: \`hearback inbox review\``);
};
