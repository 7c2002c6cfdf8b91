import { listApplications } from '../../app/list-applications';
import type { Action, Stage } from '../../core/model';
import type { Handler } from '../command-context';
import { actionLabel } from '../format-action';
import { pad } from '../output';

/** The next action in a few words, named as `today` names it: `reply to rejection 2026-11-24`. */
function describeNext(action: Action): string {
  return `${actionLabel(action.kind)} ${action.due.start.slice(0, 10)}`;
}

/**
 * The applications with the next thing to do for each. The use case refreshes stale plans and drops expired
 * actions, so `list` never offers a thank-you that `plan` already says is too late.
 */
export const list: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const apps = await listApplications(deps, o.stage ? { stage: o.stage as Stage } : {});
  const out = ctx.out;
  if (out.json) {
    out.data({ applications: apps.map(({ next, ...a }) => ({ ...a, next: next && { id: next.id, kind: next.kind, due: next.due, channel: next.channel } })) });
    return;
  }
  if (apps.length === 0 && o.stage) out.line(`No applications at stage ${String(o.stage)}.`);
  else if (apps.length === 0) out.line('No applications yet. Add one with `hearback add --company C --role R --applied 2026-11-23`, or try `hearback demo`.');
  for (const a of apps) {
    out.line(`${out.style('dim', pad(a.id, 10))} ${pad(a.stage, 13)} ${pad(`${a.company} — ${a.role}`, 52)} ${a.next ? describeNext(a.next) : ''}`.trimEnd());
  }
};
