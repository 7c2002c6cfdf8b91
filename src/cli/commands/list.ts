import type { Stage } from '../../core/model';
import type { Handler } from '../command-context';
import { pad } from '../output';

export const list: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const apps = await deps.db.listApplications(o.stage ? { stage: o.stage as Stage } : {});
  const actions = await deps.db.listActions();
  const next = new Map<string, string>();
  for (const { action } of actions) if (!next.has(action.applicationId)) next.set(action.applicationId, `${action.kind.replace('_', '-')} ${action.due.start.slice(0, 10)}`);
  const out = ctx.out;
  if (out.json) {
    out.data({ applications: apps.map((a) => ({ ...a, next: next.get(a.id) ?? null })) });
    return;
  }
  if (apps.length === 0) out.line('No applications yet. Add one with `hearback add --company C --role R --applied 2026-11-23`, or try `hearback demo`.');
  for (const a of apps) {
    out.line(`${out.style('dim', pad(a.id, 10))} ${pad(a.stage, 13)} ${pad(`${a.company} — ${a.role}`, 52)} ${next.get(a.id) ?? ''}`.trimEnd());
  }
};
