import { ActionCommand, clearActionState, markDone, skip, snooze } from '../../app/act-on-action';
import { draftAction } from '../../app/draft-action';
import { z } from 'zod';
import { route } from '../api-route';
import { flag, idParams } from '../schemas/common';
import { actionSchema } from '../../core/export/model-schemas';
import { actionDraftSchema, actionOutcomeSchema, planSchema } from '../schemas/responses';

type Act = typeof markDone;

/** The three things a user does to an action; each records what happened and replans. */
const acts: [string, Act, string][] = [
  ['done', markDone, 'Marks an action done: records the matching event (a follow-up sent, a call and its outcome...) and replans.'],
  ['snooze', snooze, 'Snoozes an action until a time (by default a day after the later of now and the start of its window) and replans; a time before its window opens is refused.'],
  ['skip', skip, 'Skips an action; its chain moves on as if its time had passed.'],
];

export const actionRoutes = [
  route({
    method: 'GET',
    url: '/api/actions/:id/draft',
    tag: 'actions',
    summary: "An action's draft with its lint findings; `rewrite=1` rewrites it with the configured chat model.",
    params: idParams,
    query: z.object({ rewrite: flag.optional().describe('Rewrite with the chat model; the draft stays the fallback.') }),
    response: actionDraftSchema,
    handler: ({ env, deps, params, query }) => draftAction(deps, params.id, { model: env.chat, rewrite: query.rewrite ?? false }),
  }),
  ...acts.map(([verb, act, summary]) =>
    route({
      method: 'POST',
      url: `/api/actions/:id/${verb}`,
      tag: 'actions',
      summary,
      params: idParams,
      body: { schema: ActionCommand, omit: ['actionId', 'messageId', ...(verb === 'done' ? ['until'] : verb === 'snooze' ? ['at', 'channel', 'outcome', 'note'] : ['at', 'until', 'channel', 'outcome', 'note'])] },
      response: actionOutcomeSchema,
      async handler({ deps, params, body }) {
        const { action, event, plan } = await act(deps, { ...body, actionId: params.id });
        return { action, event, actions: plan.actions, notes: plan.notes };
      },
    }),
  ),
  route({
    method: 'DELETE',
    url: '/api/actions/:id/state',
    tag: 'actions',
    summary: 'Undoes a snooze or a skip, and replans: the Undo of those two buttons.',
    params: idParams,
    response: planSchema.extend({ action: actionSchema.nullable() }),
    async handler({ deps, params }) {
      const { action, plan } = await clearActionState(deps, { actionId: params.id });
      return { action, actions: plan.actions, notes: plan.notes };
    },
  }),
];
