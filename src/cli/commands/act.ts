import { clearActionState, markDone, skip as skipAction, snooze as snoozeAction } from '../../app/act-on-action';
import type { Handler } from '../command-context';
import { formatAction } from '../format-action';
import { str } from './parse-options';

function handler(run: typeof markDone, verb: string): Handler {
  return async (ctx, [actionId], o) => {
    const { deps } = await ctx.runtime();
    const result = await run(deps, {
      actionId,
      at: str(o.at) ?? null,
      until: str(o.until) ?? null,
      channel: (str(o.channel) as 'email' | 'phone' | undefined) ?? null,
      outcome: str(o.outcome) ?? null,
      note: str(o.note) ?? null,
    });
    const out = ctx.out;
    if (out.json) {
      out.data({ action: result.action, event: result.event, actions: result.plan.actions, notes: result.plan.notes });
      return;
    }
    out.line(`${verb} ${result.action.id}.`);
    const next = result.plan.actions[0];
    if (next) out.line(['Next for this application:', ...formatAction(out, next, null)].join('\n'));
    else out.line('Nothing more planned for this application.');
  };
}

export const done = handler(markDone, 'Done:');
export const snooze = handler(snoozeAction, 'Snoozed');
export const skip = handler(skipAction, 'Skipped');

export const reset: Handler = async (ctx, [actionId]) => {
  const { deps } = await ctx.runtime();
  const result = await clearActionState(deps, { actionId });
  const out = ctx.out;
  if (out.json) {
    out.data({ action: result.action, actions: result.plan.actions, notes: result.plan.notes });
    return;
  }
  if (result.action) out.line(['Back in the plan:', ...formatAction(out, result.action, null)].join('\n'));
  else out.line(`${actionId} is no longer snoozed or skipped, but its time has passed, so it is not planned.`);
};
