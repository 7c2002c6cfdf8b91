import { z } from 'zod';
import { getDigestState, setDigestPreferences, DigestPreferencesInput } from '../../app/mail/digest-preferences';
import { openMailSession } from '../../app/mail/mail-session';
import { sendDigestNow } from '../../app/mail/send-digest';
import { route } from '../api-route';
import { kitOf } from './mail-routes';

const digestStateSchema = z.object({ enabled: z.boolean(), time: z.string(), to: z.string().nullable(), lastSentDay: z.string().nullable() });

/** The morning digest: whether and when hearback e-mails the user their day, and "send one now". */
export const digestRoutes = [
  route({
    method: 'GET',
    url: '/api/digest',
    tag: 'mail',
    summary: 'Whether the morning digest is on, at what time of the user’s day, to which address, and the last day it went out.',
    response: digestStateSchema,
    handler: ({ deps }) => getDigestState(deps),
  }),
  route({
    method: 'PATCH',
    url: '/api/digest',
    tag: 'mail',
    summary: 'Turns the morning digest on or off, or changes its time (HH:MM, the user’s zone) or address (null: the account’s own).',
    body: { schema: DigestPreferencesInput.partial() },
    response: digestStateSchema,
    handler: ({ deps, body }) => setDigestPreferences(deps, body),
  }),
  route({
    method: 'POST',
    url: '/api/digest/send',
    tag: 'mail',
    summary: 'E-mails today’s digest now, through the user’s mail account, to themselves.',
    description: 'Needs a mail account (404, field `account`, without one). The morning schedule then skips today.',
    response: z.object({ kind: z.literal('sent'), day: z.string(), to: z.string(), messageId: z.string(), subject: z.string(), due: z.number().int(), upcoming: z.number().int() }),
    async handler({ env, deps }) {
      const session = await openMailSession(deps, await kitOf(env));
      try {
        return await sendDigestNow(deps, session, { appUrl: env.appUrl() });
      } finally {
        await session.close();
      }
    },
  }),
];
