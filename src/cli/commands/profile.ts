import { isDemoProfile } from '../../app/demo-flag';
import { getProfile, updateProfile } from '../../app/profile';
import type { Profile } from '../../core/model';
import type { Handler } from '../command-context';
import { str } from './parse-options';

function print(ctx: Parameters<Handler>[0], p: Profile, demo: boolean): void {
  const out = ctx.out;
  if (out.json) {
    out.data({ ...p, demo });
    return;
  }
  if (demo) out.line(out.style('yellow', 'DEMO PROFILE: written by `hearback demo`; `hearback demo --remove` takes it back unless you change it.'));
  out.line(`name         ${p.name || '-'}`);
  out.line(`headline     ${p.headline || '-'}`);
  out.line(`strengths    ${p.strengths.join('; ') || '-'}`);
  out.line(`achievement  ${p.recentAchievement ?? '-'}`);
  out.line(`links        ${p.links.join(' ') || '-'}`);
  out.line(`signature    ${p.signature ? p.signature.replace(/\n/g, '\n             ') : '-'}`);
}

export const show: Handler = async (ctx) => {
  const { deps } = await ctx.runtime();
  print(ctx, await getProfile(deps), await isDemoProfile(deps));
};

export const set: Handler = async (ctx, _args, o) => {
  const patch: Record<string, unknown> = {};
  for (const key of ['name', 'headline', 'signature'] as const) if (str(o[key]) !== undefined) patch[key] = str(o[key])?.replace(/\\n/g, '\n');
  if (o.achievement !== undefined) patch.recentAchievement = str(o.achievement) || null;
  if ((o.strength as string[]).length) patch.strengths = o.strength;
  if ((o.link as string[]).length) patch.links = o.link;
  const { deps } = await ctx.runtime();
  const profile = await updateProfile(deps, patch);
  print(ctx, profile, await isDemoProfile(deps));
};
