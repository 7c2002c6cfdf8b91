import { z } from 'zod';
import { country, isoDate } from '../../app/schemas';
import { loadSettings } from '../../app/settings';
import { validate } from '../../app/validate';
import { isoDate as isoDateOf } from '../../core/calendar/civil-date';
import { ZoneClock } from '../../core/calendar/zone-clock';
import { lint } from '../../core/linting';
import { ACTION_KINDS } from '../../core/model';
import { analyzePosting } from '../../core/posting';
import { route } from '../api-route';
import { lintFindingSchema, postingAnalysisSchema } from '../schemas/responses';

export const LintRequest = z.object({
  subject: z.string().max(998, 'must be at most 998 characters').nullable().default(null),
  body: z.string().max(100_000, 'must be at most 100,000 characters'),
  kind: z.enum([...ACTION_KINDS, 'other']).default('other'),
  step: z.number().int().min(1).max(5).optional(),
  contactName: z.string().trim().max(200).nullish(),
  company: z.string().trim().max(200).nullish(),
  role: z.string().trim().max(200).nullish(),
});

export const AnalyzePostingRequest = z.object({
  text: z.string().max(200_000, 'is longer than 200,000 characters'),
  country: country.nullish(),
  referenceDate: isoDate.nullish().describe('Relative periods count from it; by default today in your zone.'),
});

/** Tools that read text the user is writing and store nothing, so they do not notify other pages. */
export const toolRoutes = [
  route({
    method: 'POST',
    url: '/api/lint',
    tag: 'tools',
    summary: 'Checks a message the user wrote or edited, with the same rules as the drafts.',
    body: { schema: LintRequest },
    response: z.object({ findings: z.array(lintFindingSchema) }),
    notifies: false,
    async handler({ body }) {
      const input = validate(LintRequest, body);
      const { subject, body: text, ...context } = input;
      return { findings: lint({ subject, body: text }, context) };
    },
  }),
  route({
    method: 'POST',
    url: '/api/postings/analyze',
    tag: 'tools',
    summary: 'What a posting says about contact, dates and people, with spans to highlight.',
    body: { schema: AnalyzePostingRequest },
    response: postingAnalysisSchema,
    notifies: false,
    async handler({ deps, body }) {
      const input = validate(AnalyzePostingRequest, body);
      const settings = await loadSettings(deps);
      const referenceDate = input.referenceDate ?? isoDateOf(ZoneClock.for(settings.timezone).dayOf(deps.clock.now().getTime()));
      return analyzePosting(input.text, { referenceDate, country: input.country ?? settings.country });
    },
  }),
];
