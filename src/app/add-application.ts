import { z } from 'zod';
import { isoDate as isoDateOf } from '../core/calendar/civil-date';
import { ZoneClock } from '../core/calendar/zone-clock';
import { OPEN_POLICY, type Application, type Contact } from '../core/model';
import { analyzePosting, type PostingAnalysis } from '../core/posting';
import type { PlanResult } from '../core/planner/plan';
import { nowIso, type AppDeps } from './deps';
import { replanApplication } from './replan';
import { checkRegion, contactInput, country, instant, isoDate, playbook, policyInput, shortText, timezone, toInstant } from './schemas';
import { loadSettings } from './settings';
import { validate } from './validate';

export const AddApplicationInput = z
  .object({
    company: shortText(200),
    role: shortText(200),
    appliedAt: instant.nullish(),
    timezone: timezone.nullish(),
    country: country.nullish(),
    region: z.string().trim().toUpperCase().nullish(),
    location: shortText(200).nullish(),
    source: shortText(100).nullish(),
    postingUrl: z.url('is not a URL').max(2000).nullish(),
    postingText: z.string().max(200_000, 'is longer than 200,000 characters').nullish(),
    playbook: playbook.nullish(),
    policy: policyInput.partial().nullish(),
    decisionBy: isoDate.nullish(),
    deadline: isoDate.nullish(),
    contacts: z.array(contactInput).max(50).default([]),
  })
  .superRefine((v, ctx) => checkRegion(v.country, v.region, ctx));
export type AddApplicationInput = z.input<typeof AddApplicationInput>;

export interface AddApplicationResult {
  application: Application;
  contacts: Contact[];
  /** What the posting analyzer found, when posting text was given, for the user to confirm. */
  analysis: PostingAnalysis | null;
  plan: PlanResult;
}

/**
 * Adds an application with its contacts and, when an application date is given, the `applied` event, then
 * plans it; all in one transaction. Posting text is analysed: its contact policy, decision date and deadline
 * fill whatever the input leaves unset, where the job is gives the employer's country, region and zone when
 * the input names neither, and a contact address it names is added when none is given.
 */
export async function addApplication(deps: AppDeps, raw: unknown): Promise<AddApplicationResult> {
  const input = validate(AddApplicationInput, raw);
  const settings = await loadSettings(deps);
  const now = nowIso(deps);
  // The posting is read first, as of the day applied in the zone known so far: where the job is can give
  // the employer's zone, which then decides what a bare `--applied` date means.
  const firstZone = input.timezone ?? settings.timezone;
  const roughApplied = input.appliedAt ? toInstant(input.appliedAt, firstZone) : null;
  const referenceDate = isoDateOf(ZoneClock.for(firstZone).dayOf(Date.parse(roughApplied ?? now)));
  const analysis = input.postingText ? analyzePosting(input.postingText, { referenceDate, country: input.country ?? settings.country }) : null;
  const place = input.country || input.timezone ? null : (analysis?.location ?? null);
  const zone = input.timezone ?? place?.timezone ?? settings.timezone;
  const appliedAt = input.appliedAt ? toInstant(input.appliedAt, zone) : null;

  const application: Application = {
    id: deps.ids.next('app'),
    company: input.company,
    role: input.role,
    postingUrl: input.postingUrl ?? null,
    postingText: input.postingText ?? null,
    source: input.source ?? null,
    location: input.location ?? analysis?.location?.text ?? null,
    country: input.country ?? place?.country ?? null,
    region: input.country ? (input.region ?? null) : (place?.region ?? null),
    timezone: input.timezone ?? place?.timezone ?? null,
    stage: appliedAt ? 'applied' : 'saved',
    playbook: input.playbook ?? null,
    policy: { ...OPEN_POLICY, ...analysis?.contactPolicy, ...input.policy },
    decisionBy: input.decisionBy ?? analysis?.decisionBy ?? null,
    deadline: input.deadline ?? analysis?.deadline ?? null,
    createdAt: now,
    appliedAt,
    updatedAt: now,
  };
  const given = input.contacts.map((c) => ({ ...c, name: c.name ?? null, email: c.email ?? null, phone: c.phone ?? null }));
  const found = given.length === 0 && analysis && (analysis.emails[0] || analysis.phones[0])
    ? [{ name: analysis.names[0] ?? null, role: 'other' as const, email: analysis.emails[0] ?? null, phone: analysis.phones[0] ?? null, phoneIsDirect: false }]
    : [];
  const contacts: Contact[] = [...given, ...found].map((c) => ({ id: deps.ids.next('contact'), applicationId: application.id, createdAt: now, ...c }));

  const plan = await deps.db.transaction(async (db) => {
    await db.insertApplication(application);
    for (const contact of contacts) await db.insertContact(contact);
    if (appliedAt) {
      await db.insertEvent({ id: deps.ids.next('event'), applicationId: application.id, kind: 'applied', at: appliedAt, note: null, source: 'manual', createdAt: now, data: {} });
    }
    return replanApplication({ ...deps, db }, application.id);
  });
  return { application: plan.application, contacts, analysis, plan: { actions: plan.actions, notes: plan.notes } };
}
