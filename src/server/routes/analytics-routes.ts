import { z } from 'zod';
import { analytics } from '../../app/analytics';
import { route } from '../api-route';

const rate = z.number().min(0).max(1).nullable().describe('A share from 0 to 1; `null` when there was nothing to count.');
const rateRow = z.object({ key: z.string(), total: z.number().int(), responded: z.number().int(), rate });

export const analyticsSchema = z.object({
  asOf: z.string(),
  applications: z.number().int(),
  funnel: z.array(z.object({ step: z.enum(['applied', 'replied', 'interviewed', 'offered']), count: z.number().int(), rate, fromPrevious: rate })),
  followUps: z.object({
    byChannel: z.array(rateRow).describe('`email` and `phone`: follow-ups answered before the next follow-up.'),
    byStep: z.array(rateRow).describe('`1`, `2`...: the position of the follow-up in its application.'),
    byWeekday: z.array(rateRow).describe('`Mon` to `Sun`, in the employer zone.'),
  }),
  bySource: z.array(
    z.object({ key: z.string(), applications: z.number().int(), responded: z.number().int(), interviewed: z.number().int(), responseRate: rate, interviewRate: rate }),
  ),
  timeToFirstResponse: z.object({
    count: z.number().int(),
    medianDays: z.number().nullable(),
    meanDays: z.number().nullable(),
    distribution: z
      .array(z.object({ key: z.string(), fromDays: z.number().int(), toDays: z.number().int().nullable(), count: z.number().int() }))
      .describe('First answers by calendar days after applying, in the user zone: `0` (the same day), `1-2`, `3-7`, `8-14`, `15-30`, `31+`; every bucket, even when empty.'),
  }),
  firstSent: z
    .object({ application: z.string().nullable(), followUp: z.string().nullable() })
    .describe('When the first application and the first follow-up went out (`null`: none yet), to tell "too early" from "no answers".'),
});

export const analyticsRoutes = [
  route({
    method: 'GET',
    url: '/api/analytics',
    tag: 'analytics',
    summary: 'How the search is going: the funnel, which follow-ups get answered, which sources answer, how fast.',
    response: analyticsSchema,
    handler: ({ deps }) => analytics(deps),
  }),
];
