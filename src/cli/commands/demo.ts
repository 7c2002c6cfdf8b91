import { loadDemo, removeDemo } from '../../app/demo-data';
import { isDemoProfile } from '../../app/demo-flag';
import type { Handler } from '../command-context';
import { DEMO_BANNER } from './today';

export const demo: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const out = ctx.out;
  if (o.remove) {
    const removed = await removeDemo(deps);
    if (out.json) out.data({ removed });
    else out.line(`Removed ${removed} demo applications.`);
    return;
  }
  const ids = await loadDemo(deps);
  const profile = await isDemoProfile(deps);
  if (out.json) {
    out.data({ created: ids, profile });
    return;
  }
  out.line(out.style('yellow', DEMO_BANNER));
  out.line(`Loaded ${ids.length} example applications${profile ? ' and an example profile for the drafts' : ''}. See them with \`hearback today\` and \`hearback list\`.`);
};
