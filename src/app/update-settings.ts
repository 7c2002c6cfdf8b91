import { z } from 'zod';
import { resolvePlaybook } from '../core/planner/playbooks';
import { resolveSettings } from '../core/planner/resolved-settings';
import { AppError } from '../core/app-error';
import { PLAYBOOK_NAMES } from '../core/model/playbook-name';
import type { Settings } from '../core/model';
import type { AppDeps } from './deps';
import { replanAll } from './replan';
import { checkRegion, country, playbook, timeRange, timezone } from './schemas';
import { loadSettings } from './settings';
import { validate } from './validate';

const businessDays = z.number().int().min(1).max(30);

/** The first follow-up's delay after applying, in business days, and the weekdays it prefers; null for none. */
const firstFollowUp = z
  .object({ minBusinessDays: businessDays, maxBusinessDays: businessDays, preferredWeekdays: z.array(z.number().int().min(1).max(5)).max(5) })
  .refine((f) => f.minBusinessDays <= f.maxBusinessDays, { message: 'the earliest day must not be after the latest', path: ['maxBusinessDays'] })
  .nullable();

/** The second follow-up's delay, counted from the first follow-up or from applying; null for none. */
const secondFollowUp = z
  .object({ anchor: z.enum(['first_follow_up', 'applied']), minBusinessDays: businessDays, maxBusinessDays: businessDays, minGapBusinessDays: z.number().int().min(1).max(30) })
  .refine((f) => f.minBusinessDays <= f.maxBusinessDays, { message: 'the earliest day must not be after the latest', path: ['maxBusinessDays'] })
  .nullable();

const paramsPatch = z
  .object({
    firstFollowUp,
    secondFollowUp,
    maxUnansweredFollowUps: z.number().int().min(0).max(5),
    decisionDateWaitBusinessDays: z.number().int().min(0).max(20),
    thankYouDueHours: z.number().int().min(1).max(72),
    thankYouMaxHours: z.number().int().min(1).max(168),
    checkInAfterNextStepBusinessDays: z.number().int().min(0).max(20),
    chaseAfterInterviewDays: z.number().int().min(1).max(60),
    rejectionReplyWithinBusinessDays: z.number().int().min(1).max(10),
    ghostAfterBusinessDays: z.number().int().min(1).max(60),
  })
  .partial();

export const SettingsPatch = z
  .object({
    playbook,
    timezone,
    country: country.nullable(),
    region: z.string().trim().toUpperCase().nullable(),
    sendWindow: timeRange,
    businessHours: timeRange,
    quietHours: timeRange.nullable(),
    playbookOverrides: z.object({ persistent: paramsPatch, balanced: paramsPatch, conservative: paramsPatch }).partial(),
  })
  .partial();
export type SettingsPatch = z.input<typeof SettingsPatch>;

/**
 * Changes settings and replans every application, in one transaction: a plan made with old settings never
 * outlives them. Returns the new settings.
 */
export async function updateSettings(deps: AppDeps, raw: unknown): Promise<Settings> {
  const patch = validate(SettingsPatch, raw);
  const current = await loadSettings(deps);
  const next: Settings = { ...current, ...patch, playbookOverrides: { ...current.playbookOverrides, ...patch.playbookOverrides } };
  if (patch.country !== undefined && patch.region === undefined) next.region = null;
  validate(z.object({ country: z.string().nullable(), region: z.string().nullable() }).superRefine((v, ctx) => checkRegion(v.country, v.region, ctx)), next);
  checkDelayOrder(next);
  resolveSettings(next);
  await deps.db.transaction(async (db) => {
    await db.putSettings(next);
    await replanAll({ ...deps, db }, next);
  });
  return next;
}

/**
 * A second follow-up counted from the application whose whole range ends before the first can start is a
 * mistake: the planner would quietly move it to a few days after the first, and the numbers the user typed
 * would mean nothing.
 */
function checkDelayOrder(settings: Settings): void {
  for (const name of PLAYBOOK_NAMES) {
    const overrides = settings.playbookOverrides[name];
    if (!overrides?.firstFollowUp && !overrides?.secondFollowUp) continue;
    const { firstFollowUp: first, secondFollowUp: second } = resolvePlaybook(name, overrides);
    if (first && second?.anchor === 'applied' && second.maxBusinessDays < first.minBusinessDays) {
      const field = `playbookOverrides.${name}.secondFollowUp.maxBusinessDays`;
      throw new AppError('validation', `${field}: the second follow-up (${second.minBusinessDays}–${second.maxBusinessDays} business days after applying) must come after the first (${first.minBusinessDays}–${first.maxBusinessDays})`, { field });
    }
  }
}
