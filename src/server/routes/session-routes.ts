import { z } from 'zod';
import { isDemo } from '../../app/demo-data';
import { route } from '../api-route';

export const sessionRoutes = [
  route({
    method: 'GET',
    url: '/api/session',
    tag: 'session',
    summary: 'The session: the CSRF token every write must send, and what the page needs to start.',
    response: z.object({
      csrfToken: z.string().describe('Send it as the `x-csrf-token` header on every POST, PATCH and DELETE.'),
      userId: z.string(),
      mode: z.enum(['local']),
      demo: z.boolean().describe('The store holds the demo data: show a banner, and offer to remove it.'),
      applications: z.number().int().describe('How many applications there are; 0 means offer the demo or the first add.'),
      version: z.string(),
      now: z.string().describe("The server's clock, pinned by `--now`: what \"today\" and \"overdue\" mean on the page."),
    }),
    async handler({ env, session, deps }) {
      const [demo, applications] = await Promise.all([isDemo(deps), deps.db.countApplications()]);
      return { csrfToken: session.csrfToken, userId: session.userId, mode: env.mode, demo, applications, version: env.version, now: deps.clock.now().toISOString() };
    },
  }),
];
