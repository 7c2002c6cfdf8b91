import { listRecentMail, listReviewItems } from '../../app/mail/inbox-view';
import { AcceptReviewInput } from '../../app/mail/mail-inputs';
import { acceptReview, dismissReview, undoMail } from '../../app/mail/review-queue';
import { validate } from '../../app/validate';
import { z } from 'zod';
import { route } from '../api-route';
import { idParams } from '../schemas/common';
import { mailItemSchema, mailRecordSchema } from '../schemas/mail-responses';

export const inboxRoutes = [
  route({
    method: 'GET',
    url: '/api/inbox/review',
    tag: 'inbox',
    summary: 'Messages hearback was not sure about, oldest first, each with its verdict, evidence and suggestion.',
    response: z.object({ items: z.array(mailItemSchema) }),
    handler: async ({ deps }) => ({ items: await listReviewItems(deps) }),
  }),
  route({
    method: 'GET',
    url: '/api/inbox/recent',
    tag: 'inbox',
    summary: 'The last 20 messages that made an event (applied by the watcher, or accepted), newest first: what can be undone.',
    response: z.object({ items: z.array(mailItemSchema) }),
    handler: async ({ deps }) => ({ items: await listRecentMail(deps) }),
  }),
  route({
    method: 'POST',
    url: '/api/inbox/:id/accept',
    tag: 'inbox',
    summary: 'Does what a review item suggests: logs its event (on `applicationId` when given) and replans, or adds the application.',
    description: 'An event suggestion without an application needs `applicationId` (`400` naming it otherwise).',
    params: idParams,
    body: { schema: AcceptReviewInput },
    response: mailRecordSchema,
    handler: ({ deps, params, body }) => acceptReview(deps, params.id, validate(AcceptReviewInput, body)),
  }),
  route({
    method: 'POST',
    url: '/api/inbox/:id/dismiss',
    tag: 'inbox',
    summary: 'Drops a review item: nothing happens, and it is not asked about again.',
    params: idParams,
    response: mailRecordSchema,
    handler: ({ deps, params }) => dismissReview(deps, params.id),
  }),
  route({
    method: 'POST',
    url: '/api/inbox/:id/undo',
    tag: 'inbox',
    summary: 'Undoes what a message did: removes its event and replans. The message stays read.',
    params: idParams,
    response: mailRecordSchema,
    handler: ({ deps, params }) => undoMail(deps, params.id),
  }),
];
