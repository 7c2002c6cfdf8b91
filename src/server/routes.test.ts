import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupMailAccount } from '../app/mail/mail-account';
import { dovecotAvailable } from '../../test/support/dovecot';
import { greenhouseRejection, hedgedNews } from '../../test/support/mail-fixtures';
import { startMailServers, type MailServers } from '../../test/support/mail-servers';
import { testServer, type TestServer } from './server-test-kit';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */
interface Seeded {
  app: string;
  contact: string;
  applied: string;
  action: string;
}
interface Req {
  method: string;
  url: string;
  body?: unknown;
}
interface Case {
  happy(t: TestServer, s: Seeded): Promise<Req & { status: number; check?: (json: any) => void }>;
  /** A bad input and the field the 400 must name. */
  bad?(s: Seeded): Req & { field: string };
  /** The route with an id that does not exist. */
  missing?: Req;
  /** Needs the real mail servers (Dovecot and an SMTP server): skipped, with a message, without Dovecot. */
  mail?: true;
}

const LINKEDIN = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"11/20/26, 8:15 AM",me@example.com,,Initech,Backend Developer,https://www.linkedin.com/jobs/view/1/,cv.pdf,\n';
const upload = (text: string, options: Record<string, unknown> = {}) => ({ file: Buffer.from(text).toString('base64'), name: 'Job Applications.csv', ...options });

const ok = (req: Req, check?: (json: any) => void, status = 200) => Promise.resolve({ ...req, status, ...(check ? { check } : {}) });

/** Dovecot and an SMTP server for the mail routes, started once for the file; every test's store has Alex's account on them. */
const mailRun = dovecotAvailable();
let servers: MailServers;
const approve = (t: TestServer, s: Seeded) => t.call('POST', `/api/actions/${s.action}/approve`, {});
/** Puts a message in the real inbox and runs a pass, so the record exists. */
async function delivered(t: TestServer, raw: string, messageId: string): Promise<any> {
  await servers.dovecot.append('INBOX', raw);
  await t.call('POST', '/api/mail/check');
  const [review, recent] = await Promise.all([t.call('GET', '/api/inbox/review'), t.call('GET', '/api/inbox/recent')]);
  const record = [...review.json().items, ...recent.json().items].find((r: any) => r.messageId === messageId);
  if (!record) throw new Error(`${messageId} was not read`);
  return record;
}
const unique = (name: string) => `${name}-${Math.random().toString(36).slice(2, 10)}@acme.io`;

/** The mail routes, against the real servers. */
const MAIL_CASES: Record<string, Case> = {
  'GET /api/mail/account': {
    mail: true,
    happy: () =>
      ok({ method: 'GET', url: '/api/mail/account' }, (j) => {
        expect(j).toMatchObject({ account: { address: 'alex@me.example', imap: { host: '127.0.0.1', port: servers.dovecot.port, user: 'alex' } }, sentCopy: 'append', provider: null });
        expect(JSON.stringify(j)).not.toMatch(/secret|sealed|password|hb1\./i);
      }),
  },
  'PUT /api/mail/account': {
    mail: true,
    happy: () =>
      ok({ method: 'PUT', url: '/api/mail/account', body: servers.account({ name: 'Alex D.' }) }, (j) => {
        expect(j).toMatchObject({ saved: true, account: { name: 'Alex D.' }, smtp: { ok: true, detail: `logged in to 127.0.0.1:${servers.smtp.port}` }, imap: { ok: true, detail: expect.stringContaining('Sent folder "Sent"; IDLE') }, help: null });
        expect(JSON.stringify(j)).not.toContain('secret');
      }),
    bad: () => ({ method: 'PUT', url: '/api/mail/account', body: { address: 'alex', password: 'x' }, field: 'address' }),
  },
  'DELETE /api/mail/account': {
    mail: true,
    async happy(t, s) {
      await approve(t, s);
      return ok({ method: 'DELETE', url: '/api/mail/account' }, (j) => expect(j).toEqual({ address: 'alex@me.example', cancelled: 1 }));
    },
  },
  'GET /api/mail/status': {
    mail: true,
    async happy(t, s) {
      await approve(t, s);
      return ok({ method: 'GET', url: '/api/mail/status' }, (j) => expect(j).toEqual({ account: { address: 'alex@me.example', name: 'Alex Doe' }, workers: null, outbox: { queued: 1, sending: 0, sent: 0, failed: 0, needs_decision: 0, cancelled: 0 }, review: 0 }));
    },
  },
  'POST /api/mail/check': {
    mail: true,
    async happy() {
      const id = unique('check');
      await servers.dovecot.append('INBOX', hedgedNews(id));
      return ok({ method: 'POST', url: '/api/mail/check' }, (j) => expect(j.review.map((r: any) => r.messageId)).toContain(id));
    },
  },
  'POST /api/actions/:id/send-preview': {
    mail: true,
    happy: (_t, s) =>
      ok({ method: 'POST', url: `/api/actions/${s.action}/send-preview`, body: {} }, (j) =>
        expect(j).toMatchObject({ actionId: s.action, from: { address: 'alex@me.example' }, to: { name: 'Dana Smith', address: 'dana@acme.io' }, sendAt: '2026-11-23T15:00:00.000Z', zone: 'America/New_York', blocked: false, outbox: null }),
      ),
    bad: (s) => ({ method: 'POST', url: `/api/actions/${s.action}/send-preview`, body: { to: 'dana-at-acme' }, field: 'to' }),
    missing: { method: 'POST', url: '/api/actions/nope-fu1/send-preview', body: {} },
  },
  'POST /api/actions/:id/approve': {
    mail: true,
    happy: (_t, s) =>
      ok({ method: 'POST', url: `/api/actions/${s.action}/approve`, body: { subject: 'Checking in' } }, (j) =>
        expect(j).toMatchObject({ outcome: 'queued', item: { actionId: s.action, state: 'queued', mail: { subject: 'Checking in', to: { address: 'dana@acme.io' } } }, findings: expect.any(Array) }),
      ),
    bad: (s) => ({ method: 'POST', url: `/api/actions/${s.action}/approve`, body: { force: 'yes' }, field: 'force' }),
    missing: { method: 'POST', url: '/api/actions/nope-fu1/approve', body: {} },
  },
  'GET /api/outbox': {
    mail: true,
    async happy(t, s) {
      await approve(t, s);
      return ok({ method: 'GET', url: '/api/outbox' }, (j) => expect(j.items).toMatchObject([{ actionId: s.action, company: 'Acme', state: 'queued', zone: 'America/New_York', to: { address: 'dana@acme.io' } }]));
    },
  },
  'POST /api/outbox/:actionId/decide': {
    mail: true,
    async happy(t, s) {
      await approve(t, s);
      await t.call('POST', `/api/outbox/${s.action}/cancel`);
      return ok({ method: 'POST', url: `/api/outbox/${s.action}/decide`, body: { decision: 'resend' } }, (j) => expect(j).toMatchObject({ state: 'queued', reason: 'you asked to send it again' }));
    },
    bad: (s) => ({ method: 'POST', url: `/api/outbox/${s.action}/decide`, body: { decision: 'maybe' }, field: 'decision' }),
    missing: { method: 'POST', url: '/api/outbox/nope-fu1/decide', body: { decision: 'cancel' } },
  },
  'POST /api/outbox/:actionId/cancel': {
    mail: true,
    async happy(t, s) {
      await approve(t, s);
      return ok({ method: 'POST', url: `/api/outbox/${s.action}/cancel` }, (j) => expect(j).toMatchObject({ state: 'cancelled', reason: 'cancelled by you' }));
    },
    missing: { method: 'POST', url: '/api/outbox/nope-fu1/cancel' },
  },
  'GET /api/inbox/review': {
    mail: true,
    async happy(t, s) {
      const id = unique('review');
      const record = await delivered(t, hedgedNews(id), id);
      return ok({ method: 'GET', url: '/api/inbox/review' }, (j) => expect(j.items.find((r: any) => r.id === record.id)).toMatchObject({ status: 'review', verdict: { tier: 'medium' }, application: { id: s.app, company: 'Acme' } }));
    },
  },
  'GET /api/inbox/recent': {
    mail: true,
    async happy(t) {
      const id = unique('recent');
      const record = await delivered(t, greenhouseRejection('Acme', id), id);
      return ok({ method: 'GET', url: '/api/inbox/recent' }, (j) => expect(j.items[0]).toMatchObject({ id: record.id, status: 'applied', verdict: { kind: 'rejection' }, application: { company: 'Acme' } }));
    },
  },
  'POST /api/inbox/:id/accept': {
    mail: true,
    async happy(t, s) {
      const id = unique('accept');
      const record = await delivered(t, hedgedNews(id), id);
      return ok({ method: 'POST', url: `/api/inbox/${record.id}/accept`, body: { applicationId: s.app } }, (j) => expect(j).toMatchObject({ status: 'accepted', eventId: expect.any(String), applicationId: s.app }));
    },
    bad: () => ({ method: 'POST', url: '/api/inbox/any/accept', body: { applicationId: '' }, field: 'applicationId' }),
    missing: { method: 'POST', url: '/api/inbox/nope/accept', body: {} },
  },
  'POST /api/inbox/:id/dismiss': {
    mail: true,
    async happy(t) {
      const id = unique('dismiss');
      const record = await delivered(t, hedgedNews(id), id);
      return ok({ method: 'POST', url: `/api/inbox/${record.id}/dismiss` }, (j) => expect(j).toMatchObject({ status: 'dismissed' }));
    },
    missing: { method: 'POST', url: '/api/inbox/nope/dismiss' },
  },
  'POST /api/inbox/:id/undo': {
    mail: true,
    async happy(t) {
      const id = unique('undo');
      const record = await delivered(t, greenhouseRejection('Acme', id), id);
      return ok({ method: 'POST', url: `/api/inbox/${record.id}/undo` }, (j) => expect(j).toMatchObject({ status: 'undone', subject: 'Your application to Acme' }));
    },
    missing: { method: 'POST', url: '/api/inbox/nope/undo' },
  },
  'GET /api/digest': {
    happy: () => ok({ method: 'GET', url: '/api/digest' }, (j) => expect(j).toEqual({ enabled: false, time: '08:00', to: null, lastSentDay: null })),
  },
  'PATCH /api/digest': {
    happy: () => ok({ method: 'PATCH', url: '/api/digest', body: { enabled: true, time: '07:30' } }, (j) => expect(j).toEqual({ enabled: true, time: '07:30', to: null, lastSentDay: null })),
    bad: () => ({ method: 'PATCH', url: '/api/digest', body: { time: '7.30am' }, field: 'time' }),
  },
  'POST /api/digest/send': {
    mail: true,
    async happy() {
      const before = servers.smtp.received.length;
      return ok({ method: 'POST', url: '/api/digest/send' }, (j) => {
        expect(j).toMatchObject({ kind: 'sent', to: 'alex@me.example', day: '2026-11-23', subject: expect.stringMatching(/^hearback: /) });
        expect(servers.smtp.received.length).toBe(before + 1);
      });
    },
  },
};

/** Every route of the API: a happy path, a bad input naming its field, and an unknown id where it takes one. */
const CASES: Record<string, Case> = {
  'GET /api/session': { happy: () => ok({ method: 'GET', url: '/api/session' }, (j) => expect(j).toMatchObject({ userId: 'local', mode: 'local', demo: false, applications: 1, csrfToken: expect.any(String), now: '2026-11-23T15:00:00.000Z' })) },
  'GET /api/today': {
    happy: (_t, s) => ok({ method: 'GET', url: '/api/today' }, (j) => expect(j.due[0]).toMatchObject({ action: { id: s.action }, draft: { subject: expect.any(String), findings: expect.any(Array) } })),
    bad: () => ({ method: 'GET', url: '/api/today?days=-1', field: 'days' }),
  },
  'GET /api/applications': {
    happy: (_t, s) => ok({ method: 'GET', url: '/api/applications?stage=applied' }, (j) => expect(j.applications).toMatchObject([{ id: s.app, next: { id: s.action } }])),
    bad: () => ({ method: 'GET', url: '/api/applications?stage=dreaming', field: 'stage' }),
  },
  'POST /api/applications': {
    happy: () => ok({ method: 'POST', url: '/api/applications', body: { company: 'Globex', role: 'Engineer' } }, (j) => expect(j.application).toMatchObject({ company: 'Globex', stage: 'saved' }), 201),
    bad: () => ({ method: 'POST', url: '/api/applications', body: { company: '', role: 'Engineer' }, field: 'company' }),
  },
  'GET /api/applications/:id': {
    happy: (_t, s) => ok({ method: 'GET', url: `/api/applications/${s.app}` }, (j) => expect(j.analysis.findings.map((f: any) => f.kind)).toContain('no_agencies')),
    missing: { method: 'GET', url: '/api/applications/nope' },
  },
  'PATCH /api/applications/:id': {
    happy: (_t, s) => ok({ method: 'PATCH', url: `/api/applications/${s.app}`, body: { role: 'Staff Engineer' } }, (j) => expect(j.application.role).toBe('Staff Engineer')),
    bad: (s) => ({ method: 'PATCH', url: `/api/applications/${s.app}`, body: { country: 'ZZ' }, field: 'country' }),
    missing: { method: 'PATCH', url: '/api/applications/nope', body: { role: 'X' } },
  },
  'DELETE /api/applications/:id': { happy: (_t, s) => ok({ method: 'DELETE', url: `/api/applications/${s.app}` }, undefined, 204), missing: { method: 'DELETE', url: '/api/applications/nope' } },
  'POST /api/applications/:id/contacts': {
    happy: (_t, s) => ok({ method: 'POST', url: `/api/applications/${s.app}/contacts`, body: { name: 'Lee Chen', email: 'lee@acme.io' } }, (j) => expect(j).toMatchObject({ applicationId: s.app, email: 'lee@acme.io' }), 201),
    bad: (s) => ({ method: 'POST', url: `/api/applications/${s.app}/contacts`, body: { email: 'lee-at-acme' }, field: 'email' }),
    missing: { method: 'POST', url: '/api/applications/nope/contacts', body: { name: 'Lee' } },
  },
  'PATCH /api/contacts/:id': {
    happy: (_t, s) => ok({ method: 'PATCH', url: `/api/contacts/${s.contact}`, body: { phone: '+1 212 555 0100' } }, (j) => expect(j).toMatchObject({ name: 'Dana Smith', phone: '+1 212 555 0100' })),
    bad: (s) => ({ method: 'PATCH', url: `/api/contacts/${s.contact}`, body: { phone: 'call me' }, field: 'phone' }),
    missing: { method: 'PATCH', url: '/api/contacts/nope', body: { name: 'X' } },
  },
  'DELETE /api/contacts/:id': { happy: (_t, s) => ok({ method: 'DELETE', url: `/api/contacts/${s.contact}` }, undefined, 204), missing: { method: 'DELETE', url: '/api/contacts/nope' } },
  'POST /api/applications/:id/events': {
    happy: (_t, s) => ok({ method: 'POST', url: `/api/applications/${s.app}/events`, body: { kind: 'interview', at: '2026-11-20T15:00:00Z' } }, (j) => expect(j).toMatchObject({ event: { kind: 'interview' }, application: { stage: 'interviewing' } }), 201),
    bad: (s) => ({ method: 'POST', url: `/api/applications/${s.app}/events`, body: { kind: 'party' }, field: 'kind' }),
    missing: { method: 'POST', url: '/api/applications/nope/events', body: { kind: 'reply' } },
  },
  'DELETE /api/events/:id': {
    happy: (_t, s) => ok({ method: 'DELETE', url: `/api/events/${s.applied}` }, (j) => expect(j).toMatchObject({ event: { id: s.applied }, application: { stage: 'saved', appliedAt: null }, actions: [] })),
    missing: { method: 'DELETE', url: '/api/events/nope' },
  },
  'GET /api/actions/:id/draft': {
    happy: (_t, s) => ok({ method: 'GET', url: `/api/actions/${s.action}/draft` }, (j) => expect(j).toMatchObject({ source: 'deterministic', draft: { to: { email: 'dana@acme.io' } } })),
    bad: (s) => ({ method: 'GET', url: `/api/actions/${s.action}/draft?rewrite=maybe`, field: 'rewrite' }),
    missing: { method: 'GET', url: '/api/actions/nope/draft' },
  },
  'POST /api/actions/:id/done': {
    happy: (_t, s) => ok({ method: 'POST', url: `/api/actions/${s.action}/done`, body: { note: 'Sent from the page' } }, (j) => expect(j).toMatchObject({ event: { kind: 'follow_up_sent', note: 'Sent from the page' }, actions: [{ kind: 'follow_up', step: 2 }] })),
    bad: (s) => ({ method: 'POST', url: `/api/actions/${s.action}/done`, body: { channel: 'fax' }, field: 'channel' }),
    missing: { method: 'POST', url: '/api/actions/nope/done', body: {} },
  },
  'DELETE /api/actions/:id/state': {
    happy: async (t, s) => {
      await t.call('POST', `/api/actions/${s.action}/skip`, {});
      return ok({ method: 'DELETE', url: `/api/actions/${s.action}/state` }, (j) => expect([j.action.id, j.actions[0].id]).toEqual([s.action, s.action]));
    },
    missing: { method: 'DELETE', url: '/api/actions/nope/state' },
  },
  'POST /api/actions/:id/snooze': {
    happy: (_t, s) => ok({ method: 'POST', url: `/api/actions/${s.action}/snooze`, body: { until: '2026-11-25' } }, (j) => expect(j.actions[0].due.start.slice(0, 10)).toBe('2026-11-25')),
    bad: (s) => ({ method: 'POST', url: `/api/actions/${s.action}/snooze`, body: { until: 'soon' }, field: 'until' }),
    missing: { method: 'POST', url: '/api/actions/nope/snooze', body: {} },
  },
  'POST /api/actions/:id/skip': {
    happy: (_t, s) => ok({ method: 'POST', url: `/api/actions/${s.action}/skip` }, (j) => expect(j.actions.map((a: any) => a.step)).toEqual([2])),
    bad: (s) => ({ method: 'POST', url: `/api/actions/${s.action}/skip`, body: ['not', 'an', 'object'], field: 'body' }),
    missing: { method: 'POST', url: '/api/actions/nope/skip' },
  },
  'POST /api/lint': {
    happy: () => ok({ method: 'POST', url: '/api/lint', body: { subject: 'Following up', body: 'Dear Sir/Madam,\nI demand an answer.', kind: 'follow_up' } }, (j) => expect(j.findings.map((f: any) => f.rule)).toContain('generic')),
    bad: () => ({ method: 'POST', url: '/api/lint', body: { body: 42 }, field: 'body' }),
  },
  'POST /api/postings/analyze': {
    happy: () => ok({ method: 'POST', url: '/api/postings/analyze', body: { text: 'Engineer at Acme. No phone calls, please.' } }, (j) => expect(j.contactPolicy.noCalls).toBe(true)),
    bad: () => ({ method: 'POST', url: '/api/postings/analyze', body: { text: 'x', country: 'ZZ' }, field: 'country' }),
  },
  'GET /api/analytics': {
    async happy(t, s) {
      await t.call('POST', `/api/applications/${s.app}/events`, { kind: 'reply', at: '2026-11-17T15:00:00Z' });
      return ok({ method: 'GET', url: '/api/analytics' }, (j) => {
        expect(j.funnel[0]).toMatchObject({ step: 'applied', count: 1 });
        expect(j.timeToFirstResponse.distribution.map((b: any) => `${b.key}:${b.count}`)).toEqual(['0:0', '1-2:0', '3-7:1', '8-14:0', '15-30:0', '31+:0']);
      });
    },
  },
  'GET /api/settings': { happy: () => ok({ method: 'GET', url: '/api/settings' }, (j) => expect(j).toMatchObject({ playbook: expect.any(String), timezone: 'America/New_York' })) },
  'PATCH /api/settings': {
    happy: () => ok({ method: 'PATCH', url: '/api/settings', body: { playbook: 'conservative' } }, (j) => expect(j.playbook).toBe('conservative')),
    bad: () => ({ method: 'PATCH', url: '/api/settings', body: { timezone: 'Mars/Base' }, field: 'timezone' }),
  },
  'GET /api/profile': { happy: () => ok({ method: 'GET', url: '/api/profile' }, (j) => expect(j).toEqual({ name: '', signature: '', headline: '', strengths: [], recentAchievement: null, links: [] })) },
  'PATCH /api/profile': {
    happy: () => ok({ method: 'PATCH', url: '/api/profile', body: { name: 'Alex Doe' } }, (j) => expect(j.name).toBe('Alex Doe')),
    bad: () => ({ method: 'PATCH', url: '/api/profile', body: { links: ['not a url'] }, field: 'links.0' }),
  },
  'POST /api/demo': {
    async happy(t, s) {
      await t.call('DELETE', `/api/applications/${s.app}`);
      return { method: 'POST', url: '/api/demo', status: 201, check: (j) => expect(j.created.length).toBeGreaterThan(3) };
    },
    bad: () => ({ method: 'POST', url: '/api/demo', body: 'null', field: 'body' }),
  },
  'DELETE /api/demo': { happy: () => ok({ method: 'DELETE', url: '/api/demo' }, (j) => expect(j).toEqual({ removed: 0 })) },
  'POST /api/import/preview': {
    happy: () => ok({ method: 'POST', url: '/api/import/preview', body: upload(LINKEDIN) }, (j) => expect(j).toMatchObject({ kind: 'ready', file: { format: 'linkedin-applications' }, report: { created: 1 }, rows: [{ company: 'Initech', outcome: 'created' }] })),
    bad: () => ({ method: 'POST', url: '/api/import/preview', body: upload(LINKEDIN, { columns: ['company', 'firm'] }), field: 'columns.1' }),
  },
  'POST /api/import': {
    happy: () => ok({ method: 'POST', url: '/api/import', body: upload(LINKEDIN) }, (j) => expect(j).toMatchObject({ kind: 'imported', report: { created: 1, unchanged: 0 }, rows: [{ company: 'Initech', stage: 'applied' }] })),
    bad: () => ({ method: 'POST', url: '/api/import', body: upload(LINKEDIN, { dateOrder: 'DDMMYY' }), field: 'dateOrder' }),
  },
  'GET /api/openapi.json': { happy: () => ok({ method: 'GET', url: '/api/openapi.json' }, (j) => expect(j.openapi).toBe('3.1.0')) },
  ...MAIL_CASES,
};
/** Routes whose tests live elsewhere, because inject cannot hold a stream open. */
const ELSEWHERE = { 'GET /api/events/stream': 'stream-routes.test.ts' };

let t: TestServer;
let seeded: Seeded;
beforeAll(async () => {
  if (mailRun) servers = await startMailServers();
});
afterAll(() => servers?.stop());
beforeEach(async () => {
  t = await testServer('2026-11-23T15:00:00Z', mailRun ? { mail: { kit: () => Promise.resolve(servers.kit), workers: false } } : {});
  if (mailRun) {
    await setupMailAccount(t.rt.deps, servers.kit, servers.account(), { test: false });
    await t.rt.deps.db.putInboxFolder(await servers.inboxEnd());
  }
  const added = (await t.call('POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', postingText: 'Backend Engineer at Acme. No agencies, please.', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] })).json() as any;
  const view = (await t.call('GET', `/api/applications/${added.application.id}`)).json() as any;
  seeded = { app: added.application.id, contact: added.contacts[0].id, applied: view.events[0].id, action: `${added.application.id}-fu1` };
});
afterEach(() => t.close());

describe('the API routes', () => {
  it('has a case here for every route it serves', () => {
    const served = t.server.routes.map((r) => `${r.method} ${r.url}`).sort();
    expect([...Object.keys(CASES), ...Object.keys(ELSEWHERE)].sort()).toEqual(served);
  });

  describe.each(Object.entries(CASES))('%s', (_key, c) => {
    const run = c.mail && !mailRun ? it.skip : it;
    run('answers the happy path', async () => {
      const { status, check, ...req } = await c.happy(t, seeded);
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(status);
      if (status === 204) expect(res.body).toBe('');
      check?.(res.json());
    });

    if (c.bad) run('answers a bad input with 400 naming the field', async () => {
      const { field, ...req } = c.bad!(seeded);
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation', field });
    });

    if (c.missing) run('answers an unknown id with 404', async () => {
      const req = c.missing!;
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    });
  });
});
