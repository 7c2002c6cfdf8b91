import { checkInboxOnce } from '../../app/mail/check-once';
import { setupMailAccount, MailSetupInput } from '../../app/mail/mail-account';
import { viewMailAccount } from '../../app/mail/mail-account-view';
import { countOutbox } from '../../app/mail/outbox-view';
import { removeMailAccount } from '../../app/mail/remove-mail-account';
import { AppError } from '../../core/app-error';
import type { MailKit } from '../../ports/mail-kit';
import { z } from 'zod';
import { route, type ApiEnv } from '../api-route';
import { inboxPassSchema, mailAccountViewSchema, mailSetupSchema, mailStatusSchema } from '../schemas/mail-responses';

/** The mail drivers, which every route that talks to a mail server needs. */
export function kitOf(env: ApiEnv): Promise<MailKit> {
  if (!env.mail) return Promise.reject(new AppError('external_service', 'this hearback was started without its mail drivers; restart it with `hearback serve`'));
  return env.mail();
}

/** Runs an account change with the user's workers stopped, and starts them again on the account as it then is. */
function aroundWorkers<T>(env: ApiEnv, userId: string, change: () => Promise<T>): Promise<T> {
  return env.mailWorkers ? env.mailWorkers.reload(userId, change) : change();
}

export const mailRoutes = [
  route({
    method: 'GET',
    url: '/api/mail/account',
    tag: 'mail',
    summary: 'The mail account, or `account: null` before one is set up. Never the password, sealed or not.',
    response: mailAccountViewSchema,
    handler: ({ deps }) => viewMailAccount(deps),
  }),
  route({
    method: 'PUT',
    url: '/api/mail/account',
    tag: 'mail',
    summary: 'Tests both servers and, when both work, saves the account with its app password sealed.',
    description:
      'Logs in to the SMTP and the IMAP server without sending anything. `smtp` and `imap` say what happened to each, in words to act on (a refused login and where to make an app password, nothing listening at the port, a TLS mismatch, an untrusted certificate, a timeout). When either failed, `saved` is false and nothing changed. For Gmail, Outlook, Yahoo, iCloud and Fastmail the address is enough; other providers need `imap.host` and `smtp.host`.',
    body: { schema: MailSetupInput },
    response: mailSetupSchema,
    handler: ({ env, deps, session, body }) => aroundWorkers(env, session.userId, async () => setupMailAccount(deps, await kitOf(env), body)),
  }),
  route({
    method: 'DELETE',
    url: '/api/mail/account',
    tag: 'mail',
    summary: 'Removes the mail account and its sealed password; queued messages are cancelled with the reason.',
    description:
      'The workers stop first, so nothing is being sent meanwhile. Queued messages become `cancelled` ("the mail account was removed"); approving one again revives it. Messages sent, failed, cancelled or waiting for a decision stay as the record of what happened.',
    response: z.object({ address: z.string(), cancelled: z.number().int() }),
    handler: ({ env, deps, session }) => aroundWorkers(env, session.userId, () => removeMailAccount(deps)),
  }),
  route({
    method: 'GET',
    url: '/api/mail/status',
    tag: 'mail',
    summary: 'The account, what the mail workers did last and their last failure, the outbox by state, the review count.',
    response: mailStatusSchema,
    async handler({ env, deps, session }) {
      const [stored, outbox, review] = await Promise.all([deps.db.getMailAccount(), countOutbox(deps), deps.db.listMailRecords({ status: 'review' })]);
      return {
        account: stored ? { address: stored.account.address, name: stored.account.name } : null,
        workers: env.mailWorkers?.status(session.userId) ?? null,
        outbox,
        review: review.length,
      };
    },
  }),
  route({
    method: 'POST',
    url: '/api/mail/check',
    tag: 'mail',
    summary: 'Reads new mail now: one pass over the watched folders. Sure verdicts are applied, unsure ones wait for review.',
    response: inboxPassSchema,
    handler: async ({ env, deps, session }) => env.mailWorkers?.checkNow(session.userId) ?? checkInboxOnce(deps, await kitOf(env)),
  }),
];
