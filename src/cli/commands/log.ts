import { logEvent } from '../../app/log-event';
import { parsePeople } from '../../core/people/parse-people';
import type { Handler } from '../command-context';
import { formatAction } from '../format-action';
import { splitList, str } from './parse-options';

export const log: Handler = async (ctx, [id, kind], o) => {
  const { deps } = await ctx.runtime();
  const result = await logEvent(deps, {
    applicationId: id,
    kind,
    at: str(o.at) ?? null,
    note: str(o.note) ?? null,
    interviewers: o.interviewers ? parsePeople(str(o.interviewers) ?? '') : [],
    discussed: splitList(o.discussed),
    nextStepDate: str(o.nextStepDate) ?? null,
    outcome: str(o.outcome) ?? null,
    returnDate: str(o.returnDate) ?? null,
    address: str(o.address) ?? null,
    hard: !o.soft,
    ...(o.channel ? { channel: o.channel } : {}),
  });
  const out = ctx.out;
  if (out.json) {
    out.data({ event: result.event, actions: result.plan.actions, notes: result.plan.notes });
    return;
  }
  out.line(`Logged ${result.event.kind} (${result.event.id}) at ${result.event.at}.`);
  if (result.plan.actions.length === 0) out.line('Nothing planned now.');
  for (const action of result.plan.actions) out.line(formatAction(out, action, null).join('\n'));
  for (const n of result.plan.notes) out.line(out.style('dim', n.message));
};
