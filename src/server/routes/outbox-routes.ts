import { OutboxDecisionInput } from '../../app/mail/mail-inputs';
import { decideOutbox } from '../../app/mail/outbox-decisions';
import { listOutboxRows } from '../../app/mail/outbox-view';
import { PreviewSendInput, previewSend } from '../../app/mail/preview-send';
import { QueueSendInput, queueSend } from '../../app/mail/queue-send';
import { validate } from '../../app/validate';
import { z } from 'zod';
import { route, type ApiEnv } from '../api-route';
import { idParams } from '../schemas/common';
import { outboxItemSchema, outboxRowSchema, queueResultSchema, sendPreviewSchema } from '../schemas/mail-responses';

const actionIdParams = z.object({ actionId: z.string().min(1).max(200).describe('The id of the action the message is for.') });

/** Something may be due now: the sender looks at once rather than at its next round. */
function kick(env: ApiEnv, userId: string): void {
  env.mailWorkers?.kick(userId);
}

export const outboxRoutes = [
  route({
    method: 'POST',
    url: '/api/actions/:id/send-preview',
    tag: 'outbox',
    summary: 'What approving would queue, without queuing it: the message, when it would go out, and its lint findings.',
    description: 'Takes the same edits as `approve` (subject, body, to). `sendAt` is inside the recipient send window on one of their business days; read it in `zone` for their time.',
    params: idParams,
    body: { schema: PreviewSendInput, omit: ['actionId'] },
    response: sendPreviewSchema,
    notifies: false,
    handler: ({ deps, params, body }) => previewSend(deps, { ...body, actionId: params.id }),
  }),
  route({
    method: 'POST',
    url: '/api/actions/:id/approve',
    tag: 'outbox',
    summary: "Approves an email action's draft (or the edit sent with it) for sending through the user's mailbox.",
    description:
      'Queues the exact message with a Message-ID chosen now, to go out at `item.sendAt` in the recipient send window. One row per action: approving again edits a queued message and revives a cancelled or failed one (`outcome: updated`), and leaves one being sent, sent or waiting for a decision alone (`unchanged`). A draft with lint errors is refused with `400` (field `body`, the findings in `details.findings`) unless `force` is true. Needs a mail account (`404`, field `account`, without one).',
    params: idParams,
    body: { schema: QueueSendInput, omit: ['actionId'] },
    response: queueResultSchema,
    async handler({ env, deps, session, params, body }) {
      const result = await queueSend(deps, { ...body, actionId: params.id });
      kick(env, session.userId);
      return result;
    },
  }),
  route({
    method: 'GET',
    url: '/api/outbox',
    tag: 'outbox',
    summary: 'The outbox: every message queued, being sent, failed or waiting for a decision, and those sent or cancelled in the last 30 days.',
    response: z.object({ items: z.array(outboxRowSchema) }),
    handler: async ({ deps }) => ({ items: await listOutboxRows(deps) }),
  }),
  route({
    method: 'POST',
    url: '/api/outbox/:actionId/decide',
    tag: 'outbox',
    summary: 'Settles a message hearback could not: `sent` (it is in your Sent folder), `resend` (send it again now) or `cancel`.',
    description: 'A message being sent right now, or already sent, cannot change (`409`). `sent` applies only to a message waiting for a decision; it records the follow-up as sent and replans.',
    params: actionIdParams,
    body: { schema: OutboxDecisionInput },
    response: outboxItemSchema,
    async handler({ env, deps, session, params, body }) {
      const { decision } = validate(OutboxDecisionInput, body);
      const item = await decideOutbox(deps, params.actionId, decision);
      if (decision === 'resend') kick(env, session.userId);
      return item;
    },
  }),
  route({
    method: 'POST',
    url: '/api/outbox/:actionId/cancel',
    tag: 'outbox',
    summary: 'Takes a queued message out of the outbox (also one waiting for a decision, or failed): it will not be sent.',
    params: actionIdParams,
    response: outboxItemSchema,
    handler: ({ deps, params }) => decideOutbox(deps, params.actionId, 'cancel'),
  }),
];
