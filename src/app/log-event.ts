import { z } from 'zod';
import { AppError } from '../core/app-error';
import { CALL_OUTCOMES, type AppEvent, type CallOutcome, type Contact, type EventData, type EventKind } from '../core/model';
import type { PlanResult } from '../core/planner/plan';
import { nowIso, type AppDeps } from './deps';
import { replanApplication } from './replan';
import { email, eventKind, instant, isoDate, shortText, toInstant } from './schemas';
import { loadSettings } from './settings';
import { validate } from './validate';

export const LogEventInput = z
  .object({
    applicationId: z.string().min(1),
    kind: eventKind,
    at: instant.nullish(),
    note: z.string().trim().max(20_000).nullish(),
    interviewers: z.array(z.object({ name: shortText(200).nullish(), email: email.nullish() })).max(20).default([]),
    discussed: z.array(shortText(500)).max(20).default([]),
    nextStepDate: isoDate.nullish(),
    outcome: z.string().trim().max(500).nullish(),
    returnDate: isoDate.nullish(),
    address: email.nullish(),
    hard: z.boolean().default(true),
    contactId: z.string().nullish(),
    channel: z.enum(['email', 'phone']).default('email'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'bounce' && !v.address) ctx.addIssue({ code: 'custom', path: ['address'], message: 'is required for a bounce: which address bounced?' });
    if (v.kind !== 'interview' && (v.interviewers.length > 0 || v.discussed.length > 0 || v.nextStepDate)) {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: 'only an interview takes interviewers, discussion points and a next-step date' });
    }
  });
export type LogEventInput = z.input<typeof LogEventInput>;

/** A free-text outcome that is not one of the known ones is kept as `other`, with the words in the note. */
function readOutcome(text: string | null | undefined): { outcome: CallOutcome | null; extra: string | null } {
  if (!text) return { outcome: null, extra: null };
  const known = CALL_OUTCOMES.find((o) => o === text.toLowerCase().replace(/[\s-]+/g, '_'));
  return known ? { outcome: known, extra: null } : { outcome: 'other', extra: text };
}

/** Finds the interviewer among the application's contacts by address, then name, or makes a new contact. */
function matchPeople(deps: AppDeps, applicationId: string, known: Contact[], people: { name?: string | null; email?: string | null }[], now: string): { ids: string[]; created: Contact[] } {
  const created: Contact[] = [];
  const ids = people.map((p) => {
    const all = [...known, ...created];
    const match = all.find((c) => (p.email && c.email === p.email) || (!p.email && p.name && c.name?.toLowerCase() === p.name.toLowerCase()));
    if (match) return match.id;
    const contact: Contact = { id: deps.ids.next('contact'), applicationId, name: p.name ?? null, role: 'interviewer', email: p.email ?? null, phone: null, phoneIsDirect: false, createdAt: now };
    created.push(contact);
    return contact.id;
  });
  return { ids, created };
}

/**
 * Records something that happened to an application and replans it, in one transaction. Interviewers named
 * for an interview become contacts, so that each gets a thank-you.
 */
export async function logEvent(deps: AppDeps, raw: unknown): Promise<{ event: AppEvent; plan: PlanResult }> {
  const input = validate(LogEventInput, raw);
  const now = nowIso(deps);
  return deps.db.transaction(async (db) => {
    const app = await db.getApplication(input.applicationId);
    if (!app) throw new AppError('not_found', `no application with id ${input.applicationId}`, { field: 'applicationId' });
    const contacts = await db.listContacts({ applicationId: app.id });
    if (input.contactId && !contacts.some((c) => c.id === input.contactId)) {
      throw new AppError('not_found', `no contact ${input.contactId} on this application`, { field: 'contactId' });
    }
    const zone = app.timezone ?? (await loadSettings({ ...deps, db })).timezone;
    const at = input.at ? toInstant(input.at, zone) : now;
    const atMs = Date.parse(at);
    const existing = await db.listEvents({ applicationId: app.id });
    if (existing.some((e) => e.kind === input.kind && Date.parse(e.at) === atMs)) {
      throw new AppError('conflict', `a ${input.kind} at ${at} is already logged for this application`, { field: 'at' });
    }
    const people = matchPeople(deps, app.id, contacts, input.interviewers, now);
    for (const contact of people.created) await db.insertContact(contact);
    const { outcome, extra } = readOutcome(input.outcome);
    const note = [input.note, extra].filter(Boolean).join('\n') || null;
    const event = { id: deps.ids.next('event'), applicationId: app.id, kind: input.kind, at, note, source: 'manual', createdAt: now, data: dataFor(input.kind, input, people.ids, outcome) } as AppEvent;
    await db.insertEvent(event);
    if (input.kind === 'applied' && !app.appliedAt) await db.updateApplication({ ...app, appliedAt: at, updatedAt: now });
    else await db.updateApplication({ ...app, updatedAt: now });
    const plan = await replanApplication({ ...deps, db }, app.id);
    return { event, plan: { actions: plan.actions, notes: plan.notes } };
  });
}

type Input = z.infer<typeof LogEventInput>;

function dataFor(kind: EventKind, input: Input, interviewerIds: string[], outcome: CallOutcome | null): EventData[EventKind] {
  const contactId = input.contactId ?? null;
  switch (kind) {
    case 'reply':
      return { contactId, messageId: null };
    case 'interview':
      return { interviewerIds, discussed: input.discussed, nextStepDate: input.nextStepDate ?? null };
    case 'follow_up_sent':
      return { actionId: null, actionKind: 'follow_up', step: null, channel: input.channel, contactId, messageId: null };
    case 'thank_you_sent':
      return { actionId: null, actionKind: 'thank_you', step: null, contactId, messageId: null };
    case 'call':
      return { actionId: null, actionKind: null, step: null, contactId, outcome };
    case 'auto_reply':
      return { returnDate: input.returnDate ?? null, messageId: null };
    case 'bounce':
      return { address: input.address ?? '', hard: input.hard };
    case 'ghosted':
      return { actionId: null, actionKind: 'mark_ghosted', step: null };
    default:
      return {};
  }
}
