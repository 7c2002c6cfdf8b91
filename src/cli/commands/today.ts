import { isDemo } from '../../app/demo-flag';
import { today as agenda } from '../../app/today';
import { invalid } from '../../core/app-error';
import type { Handler } from '../command-context';
import { applicationLabel, formatAction } from '../format-action';

/** How many due items the human view lists; a long backlog is summarised, and `--all` lists it. */
const SHOWN = 20;

export const DEMO_BANNER = 'DEMO DATA: these applications are examples. Remove them with `hearback demo --remove`.';

export const today: Handler = async (ctx, _args, o) => {
  const days = Number(o.days ?? 7);
  if (!Number.isInteger(days) || days < 0 || days > 366) throw invalid('days', `must be a whole number of days from 0 to 366 (got "${String(o.days)}")`);
  const { deps } = await ctx.runtime();
  const result = await agenda(deps, ctx.out.json || o.all ? { days } : { days, limit: SHOWN });
  const out = ctx.out;
  const demo = await isDemo(deps);
  if (out.json) {
    out.data({ ...result, demo });
    return;
  }
  if (demo) out.line(out.style('yellow', DEMO_BANNER));
  if (result.dueTotal === 0 && result.upcomingTotal === 0) {
    const count = await deps.db.countApplications();
    out.line(count === 0 ? 'No applications yet. Add one with `hearback add --company C --role R --applied 2026-11-23`, or look around with `hearback demo`.' : `Nothing due in the next ${days} days. Log news with \`hearback log ID EVENT\`.`);
    return;
  }
  out.line(out.style('bold', `Due now (${result.dueTotal})`));
  if (result.dueTotal === 0) out.line('  Nothing due right now.');
  for (const item of result.due) out.line(formatAction(out, item.action, applicationLabel(item.application)).join('\n'));
  if (result.due.length < result.dueTotal) {
    out.line(out.style('dim', `  …and ${result.dueTotal - result.due.length} older items. See them all with \`hearback today --all\`.`));
  }
  out.line(out.style('bold', `Next ${days} days (${result.upcomingTotal})`));
  for (const item of result.upcoming) out.line(formatAction(out, item.action, applicationLabel(item.application)).join('\n'));
  if (result.upcoming.length < result.upcomingTotal) {
    out.line(out.style('dim', `  …and ${result.upcomingTotal - result.upcoming.length} more. See them all with \`hearback today --all\`.`));
  }
};
