import { z } from 'zod';
import { AppError } from '../core/app-error';
import type { Application } from '../core/model';
import { nowIso, type AppDeps } from './deps';
import { replanApplication } from './replan';
import { checkRegion, country, isoDate, playbook, policyInput, shortText, timezone } from './schemas';
import { loadSettings } from './settings';
import { validatePatch } from './patch-fields';
import { validate } from './validate';
import { analysisOf, viewApplication, type ApplicationDetails } from './view-application';

/** The fields of an application a user may change. Left out: unchanged; `null`: cleared. */
export const ApplicationPatch = z
  .object({
    company: shortText(200),
    role: shortText(200),
    postingUrl: z.url('is not a URL').max(2000).nullable(),
    postingText: z.string().max(200_000, 'is longer than 200,000 characters').nullable(),
    source: shortText(100).nullable(),
    location: shortText(200).nullable(),
    country: country.nullable(),
    region: z.string().trim().toUpperCase().nullable(),
    timezone: timezone.nullable(),
    playbook: playbook.nullable(),
    policy: policyInput.partial(),
    decisionBy: isoDate.nullable(),
    deadline: isoDate.nullable(),
  })
  .partial();
export type ApplicationPatch = z.input<typeof ApplicationPatch>;

/**
 * Applies a patch to an application and replans it, in one transaction. New posting text is analysed again:
 * its contact policy, decision date and deadline replace the old text's unless the patch sets them too.
 * Changing the country clears the region unless the patch names one.
 */
export async function updateApplication(deps: AppDeps, id: string, raw: unknown): Promise<ApplicationDetails> {
  const patch = validatePatch(ApplicationPatch, raw);
  await deps.db.transaction(async (db) => {
    const current = await db.getApplication(id);
    if (!current) throw new AppError('not_found', `no application with id ${id}`, { field: 'id' });
    const { policy, ...fields } = patch;
    const next: Application = { ...current, ...fields, policy: current.policy, updatedAt: nowIso(deps) };
    if (patch.country !== undefined && patch.region === undefined) next.region = null;
    validate(z.object({ country: z.string().nullable(), region: z.string().nullable() }).superRefine((v, ctx) => checkRegion(v.country, v.region, ctx)), next);
    if (patch.postingText !== undefined && patch.postingText !== current.postingText) {
      const settings = await loadSettings({ ...deps, db });
      const analysis = analysisOf(next, settings.timezone, settings.country);
      if (analysis) {
        next.policy = analysis.contactPolicy;
        if (patch.decisionBy === undefined) next.decisionBy = analysis.decisionBy ?? current.decisionBy;
        if (patch.deadline === undefined) next.deadline = analysis.deadline ?? current.deadline;
      }
    }
    next.policy = { ...next.policy, ...policy };
    await db.updateApplication(next);
    await replanApplication({ ...deps, db }, id);
  });
  return viewApplication(deps, id);
}
