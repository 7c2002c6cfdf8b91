import { acceptReview, dismissReview, listReview, undoMail } from '../../app/mail/review-queue';
import type { MailRecord } from '../../ports/mail-records';
import type { Handler } from '../command-context';
import { str } from './parse-options';

function suggestion(r: MailRecord): string {
  const s = r.suggestion;
  if (!s) return 'nothing to do';
  if (s.kind === 'application') return `add the application ${s.company}${s.role ? `, ${s.role}` : ''}`;
  return `log a ${s.event.replace('_', ' ')}${s.applicationId ? ` on ${s.applicationId}` : ' (say which application with --app ID)'}`;
}

/**
 * `hearback inbox review`: the messages hearback was not sure about. `--accept ID` does what it suggests
 * (`--app ID` names the application), `--dismiss ID` drops it.
 */
export const inboxReview: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const out = ctx.out;
  const accept = str(o.accept);
  const dismiss = str(o.dismiss);
  if (accept || dismiss) {
    const record = accept ? await acceptReview(deps, accept, { applicationId: str(o.app) ?? null }) : await dismissReview(deps, dismiss ?? '');
    if (out.json) return out.data(record);
    out.line(`${record.id}: ${record.status}${record.eventId ? ` (event ${record.eventId}; undo with hearback inbox undo ${record.id})` : ''}`);
    return;
  }
  const items = await listReview(deps);
  if (out.json) return out.data(items);
  if (items.length === 0) return out.line('Nothing to review.');
  for (const r of items) {
    out.line(`${out.style('bold', r.id)}  ${r.receivedAt?.slice(0, 10) ?? ''}  ${r.from ?? '?'}: ${r.subject}`);
    out.line(`    ${r.verdict.kind.replace('_', ' ')}, ${Math.round(r.verdict.confidence * 100)}% sure (${r.verdict.evidence.map((e) => e.rule).join(', ')})`);
    out.line(`    accepting would ${suggestion(r)}`);
  }
  out.line(out.style('dim', 'Accept with `hearback inbox review --accept ID [--app APP-ID]`, or `--dismiss ID`.'));
};

/** `hearback inbox undo ID`: removes the event a message made, and replans. */
export const inboxUndo: Handler = async (ctx, [id]) => {
  const { deps } = await ctx.runtime();
  const record = await undoMail(deps, id ?? '');
  if (ctx.out.json) return ctx.out.data(record);
  ctx.out.line(`Undone: ${record.subject}`);
};
