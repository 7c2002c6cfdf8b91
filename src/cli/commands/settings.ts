import { loadSettings } from '../../app/settings';
import { updateSettings } from '../../app/update-settings';
import type { Settings } from '../../core/model';
import type { Handler } from '../command-context';
import { splitCountry, str, timeRange } from './parse-options';

function print(ctx: Parameters<Handler>[0], s: Settings): void {
  const out = ctx.out;
  if (out.json) {
    out.data(s);
    return;
  }
  out.line(`playbook        ${s.playbook}`);
  out.line(`time zone       ${s.timezone}`);
  out.line(`country         ${s.country ?? '-'}${s.region ? `-${s.region}` : ''}`);
  out.line(`send window     ${s.sendWindow.start}–${s.sendWindow.end} (recipient's time)`);
  out.line(`business hours  ${s.businessHours.start}–${s.businessHours.end} (recipient's time)`);
  out.line(`quiet hours     ${s.quietHours ? `${s.quietHours.start}–${s.quietHours.end} (your time)` : 'off'}`);
}

export const show: Handler = async (ctx) => {
  const { deps } = await ctx.runtime();
  print(ctx, await loadSettings(deps));
};

export const set: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const patch: Record<string, unknown> = {};
  if (o.playbook) patch.playbook = o.playbook;
  if (o.timezone) patch.timezone = o.timezone;
  if (o.country !== undefined) {
    const { country, region } = splitCountry(o.country);
    patch.country = country ?? null;
    patch.region = region ?? null;
  }
  if (o.sendWindow) patch.sendWindow = timeRange(o.sendWindow, 'send-window');
  if (o.businessHours) patch.businessHours = timeRange(o.businessHours, 'business-hours');
  if (o.quietHours) patch.quietHours = str(o.quietHours) === 'off' ? null : timeRange(o.quietHours, 'quiet-hours');
  print(ctx, await updateSettings(deps, patch));
};
