import { z } from 'zod';
import { todayWithDrafts } from '../../app/today-drafts';
import { route } from '../api-route';
import { agendaSchema } from '../schemas/responses';

/** A morning's worth, as `hearback today` shows: more than anyone sends in a day, few enough to draft each time. */
export const TODAY_LIMIT = 20;

/** Whether `Accept-Encoding` allows gzip: named (or `*`) without `q=0`. */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const text = [header ?? ''].flat().join(',').toLowerCase();
  return text.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    return (name === 'gzip' || name === '*') && !params.some((p) => /^q=0(\.0+)?$/.test(p));
  });
}

export const todayRoutes = [
  route({
    method: 'GET',
    url: '/api/today',
    tag: 'today',
    summary: "What to do now, each item with its draft and the draft's lint findings, and what comes in the next days.",
    description: 'Due items come most urgent first (about to expire, then most recently opened); upcoming ones soonest first. Each list holds at most `limit` items, and `dueTotal` and `upcomingTotal` say how many there are. Answers are cached until data changes through the API, a window opens or an action expires, and at most for 2 seconds, for changes made elsewhere (the command line).',
    query: z.object({
      days: z.coerce.number().int().min(0).max(366).default(7).describe('How many days ahead `upcoming` reaches.'),
      limit: z.coerce.number().int().min(1).max(500).default(TODAY_LIMIT).describe('At most this many items in each list.'),
    }),
    response: agendaSchema,
    async handler({ env, session, deps, query, request, reply }) {
      const answer = await env.todayCache.get(session.userId, `${query.days}:${query.limit}`, deps.clock.now().getTime(), () => todayWithDrafts(deps, query));
      reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
      if (acceptsGzip(request.headers['accept-encoding'])) return reply.header('content-encoding', 'gzip').send(answer.gzip);
      // A string with a JSON content type is sent as it is, not serialized again.
      return answer.json;
    },
  }),
];
