import { loadSettings } from '../../app/settings';
import { updateSettings } from '../../app/update-settings';
import { invalid, isAppError } from '../../core/app-error';
import type { PlaybookName, PlaybookParams, Settings } from '../../core/model';
import { resolvePlaybook } from '../../core/planner/playbooks';
import type { Handler } from '../command-context';
import { pad } from '../output';
import { splitCountry, str, timeRange } from './parse-options';
import { PARAM_OPTIONS, PARAM_UNITS } from './settings-params';

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
  const mine = s.playbookOverrides[s.playbook] ?? {};
  const params = resolvePlaybook(s.playbook, mine);
  out.line(out.style('bold', `The ${s.playbook} playbook`));
  const days = (f: { minBusinessDays: number; maxBusinessDays: number } | null) => (f ? `${f.minBusinessDays}-${f.maxBusinessDays} business days` : 'none');
  out.line(`  ${pad('--first-follow-up', 26)}${days(params.firstFollowUp)} after applying${mine.firstFollowUp === undefined ? '' : ' (yours)'}`);
  const anchor = params.secondFollowUp?.anchor === 'applied' ? ' after applying' : params.secondFollowUp ? ' after the first' : '';
  out.line(`  ${pad('--second-follow-up', 26)}${days(params.secondFollowUp)}${anchor}${mine.secondFollowUp === undefined ? '' : ' (yours)'}`);
  for (const p of PARAM_OPTIONS) {
    out.line(`  ${pad(`--${p.flag}`, 26)}${params[p.key]} ${PARAM_UNITS[p.key]}${mine[p.key] === undefined ? '' : ' (yours)'}`);
  }
}

export const show: Handler = async (ctx) => {
  const { deps } = await ctx.runtime();
  print(ctx, await loadSettings(deps));
};

/**
 * The playbook numbers given as options, merged over the user's earlier changes to the same playbook, since
 * the app layer replaces a playbook's overrides whole. `default` takes a change back.
 */
function paramOverrides(o: Record<string, unknown>, target: PlaybookName, current: Partial<PlaybookParams>): Partial<PlaybookParams> | null {
  const given = PARAM_OPTIONS.filter((p) => o[p.attribute] !== undefined);
  if (given.length === 0 && o.firstFollowUp === undefined && o.secondFollowUp === undefined) return null;
  // A delay changes only the days; the weekdays, the anchor and the gap stay the playbook's.
  const playbookDefaults = resolvePlaybook(target, {});
  const next: Partial<PlaybookParams> = { ...current };
  for (const p of given) {
    const text = String(o[p.attribute]).trim();
    if (text === 'default') delete next[p.key];
    else if (/^\d+$/.test(text)) next[p.key] = Number(text);
    else throw invalid(p.flag, `must be a whole number, or "default" to use the playbook's (got "${text}")`);
  }
  delayOverride(o.firstFollowUp, 'first-follow-up', (range) => (next.firstFollowUp = range && { ...(playbookDefaults.firstFollowUp ?? FIRST_DEFAULT), ...range }), () => delete next.firstFollowUp);
  delayOverride(o.secondFollowUp, 'second-follow-up', (range) => (next.secondFollowUp = range && { ...(playbookDefaults.secondFollowUp ?? SECOND_DEFAULT), ...range }), () => delete next.secondFollowUp);
  return next;
}

/** What a playbook without a first or second follow-up starts from when the user adds one. */
const FIRST_DEFAULT = { minBusinessDays: 5, maxBusinessDays: 7, preferredWeekdays: [1, 2] };
const SECOND_DEFAULT = { anchor: 'first_follow_up' as const, minBusinessDays: 3, maxBusinessDays: 5, minGapBusinessDays: 3 };

/** `5-7` (business days), `off` (none) or `default` (the playbook's own). */
function delayOverride(value: unknown, flag: string, set: (range: { minBusinessDays: number; maxBusinessDays: number } | null) => void, reset: () => void): void {
  if (value === undefined) return;
  const text = String(value).trim();
  if (text === 'default') return reset();
  if (text === 'off') return set(null);
  const m = /^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?$/.exec(text);
  if (!m) throw invalid(flag, `must be business days as MIN-MAX (for example 5-7), "off" or "default" (got "${text}")`);
  const min = Number(m[1]);
  set({ minBusinessDays: min, maxBusinessDays: m[2] === undefined ? min : Number(m[2]) });
}

export const set: Handler = async (ctx, _args, o) => {
  const { deps } = await ctx.runtime();
  const patch: Record<string, unknown> = {};
  // Commander gives `--playbook` to the program wherever it stands, so the global value is the one to read.
  const playbook = (str(o.playbook) ?? ctx.global.playbook) as PlaybookName | undefined;
  if (playbook) patch.playbook = playbook;
  if (o.timezone) patch.timezone = o.timezone;
  if (o.country !== undefined) {
    const { country, region } = splitCountry(o.country);
    patch.country = country ?? null;
    patch.region = region ?? null;
  }
  if (o.sendWindow) patch.sendWindow = timeRange(o.sendWindow, 'send-window');
  if (o.businessHours) patch.businessHours = timeRange(o.businessHours, 'business-hours');
  if (o.quietHours) patch.quietHours = str(o.quietHours) === 'off' ? null : timeRange(o.quietHours, 'quiet-hours');
  const current = await loadSettings(deps);
  // Like the web form, the numbers change the playbook being chosen, or else the current default.
  const target = playbook ?? current.playbook;
  const overrides = paramOverrides(o, target, current.playbookOverrides[target] ?? {});
  if (overrides) patch.playbookOverrides = { [target]: overrides };
  print(ctx, await updateSettings(deps, patch).catch(renameParamField));
};

/** A range error from the app layer names `playbookOverrides.balanced.ghostAfterBusinessDays`; the user typed `--ghost-after`. */
function renameParamField(error: unknown): never {
  const key = isAppError(error) ? /^playbookOverrides\.\w+\.(\w+)/.exec(error.field ?? '')?.[1] : undefined;
  const delay = key === 'firstFollowUp' ? 'first-follow-up' : key === 'secondFollowUp' ? 'second-follow-up' : null;
  if (delay && isAppError(error)) throw invalid(delay, error.message.replace(/^[\w.]+:\s*/, 'is out of range: '), error);
  const option = PARAM_OPTIONS.find((p) => p.key === key);
  if (option && isAppError(error)) throw invalid(option.flag, error.message.replace(/^[\w.]+:\s*/, 'is out of range: '), error);
  throw error;
}
