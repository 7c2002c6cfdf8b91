import { z } from 'zod';
import { actionSchema, actionStateSchema, applicationSchema, contactSchema, eventSchema } from '../../core/export/model-schemas';
import { ACTION_KINDS, CALL_OUTCOMES } from '../../core/model';
import { POSTING_FINDING_KINDS } from '../../core/posting';

/**
 * Schemas of what the API answers, for the OpenAPI document only. The answers are the use cases' own
 * values, never filtered through these; a test checks real answers against them.
 */
const seedFile = z.string().describe('A seed article the rule comes from, e.g. `003_97cdc118eb895198.txt`.');

export const planNoteSchema = z.object({ rule: z.string(), message: z.string(), sources: z.array(seedFile) });
export const planSchema = z.object({ actions: z.array(actionSchema), notes: z.array(planNoteSchema) });

export const lintFindingSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  start: z.number().int(),
  end: z.number().int(),
  message: z.string(),
  sources: z.array(seedFile),
});

const callScriptSchema = z.object({
  opening: z.string(),
  branches: z.array(z.object({ id: z.enum(['not_seen', 'declined', 'shortlisted']), when: z.string(), say: z.string(), ask: z.string() })),
  closing: z.string(),
  voicemail: z.string(),
  outcomes: z.array(z.enum(CALL_OUTCOMES)),
});
const recipientSchema = z.object({ name: z.string().nullable(), email: z.string().nullable(), phone: z.string().nullable() });

export const draftSchema = z.object({
  kind: z.enum(ACTION_KINDS),
  to: recipientSchema.nullable(),
  subject: z.string().nullable().describe('`null` for a call script and for marking ghosted, which sends nothing.'),
  body: z.string(),
  callScript: callScriptSchema.nullable(),
  sources: z.array(seedFile),
});

export const itemDraftSchema = z.object({
  subject: z.string().nullable(),
  body: z.string(),
  to: recipientSchema.nullable(),
  callScript: callScriptSchema.nullable(),
  findings: z.array(lintFindingSchema),
});

const agendaItemSchema = z.object({
  action: actionSchema,
  state: actionStateSchema.nullable(),
  application: z.object({ id: z.string(), company: z.string(), role: z.string() }),
});

export const agendaSchema = z.object({
  now: z.string().describe('The instant the agenda was computed for.'),
  due: z.array(agendaItemSchema.extend({ draft: itemDraftSchema })).describe('Due now: the window has opened, overdue included, not expired; each with its draft.'),
  dueTotal: z.number().int().describe('How many are due, when `due` was cut at the limit.'),
  upcoming: z.array(agendaItemSchema).describe('Opening within the next `days` days, without drafts (GET /api/actions/{id}/draft has them).'),
  upcomingTotal: z.number().int(),
});

export const postingAnalysisSchema = z.object({
  contactPolicy: z.object({ noContact: z.boolean(), noCalls: z.boolean(), noAgencies: z.boolean(), onlyShortlistedContacted: z.boolean() }),
  decisionBy: z.string().nullable(),
  deadline: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  names: z.array(z.string()),
  company: z.string().nullable(),
  role: z.string().nullable(),
  location: z
    .object({ text: z.string(), country: z.string(), region: z.string().nullable(), timezone: z.string().nullable() })
    .nullable()
    .describe('Where the job is: ISO country, date-holidays region code and IANA zone, each null when the posting does not say.'),
  findings: z
    .array(z.object({ kind: z.enum(POSTING_FINDING_KINDS), start: z.number().int(), end: z.number().int(), text: z.string(), value: z.string().optional() }))
    .describe('Spans into the posting text (UTF-16 offsets), for highlighting.'),
});

export const applicationDetailsSchema = z.object({
  application: applicationSchema,
  contacts: z.array(contactSchema),
  events: z.array(eventSchema),
  plan: planSchema,
  analysis: postingAnalysisSchema.nullable(),
});

export const applicationSummarySchema = applicationSchema.extend({ next: actionSchema.nullable() });

export const actionDraftSchema = z.object({
  action: actionSchema,
  application: applicationSchema,
  draft: draftSchema,
  findings: z.array(lintFindingSchema),
  source: z.enum(['deterministic', 'ai']),
  fallbackReason: z.string().nullable(),
});

export const actionOutcomeSchema = planSchema.extend({ action: actionSchema, event: eventSchema.nullable() });
export const eventOutcomeSchema = planSchema.extend({ event: eventSchema, application: applicationSchema });
