import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
}

const LINKEDIN = 'Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers\n"11/20/26, 8:15 AM",me@example.com,,Initech,Backend Developer,https://www.linkedin.com/jobs/view/1/,cv.pdf,\n';
const upload = (text: string, options: Record<string, unknown> = {}) => ({ file: Buffer.from(text).toString('base64'), name: 'Job Applications.csv', ...options });

const ok = (req: Req, check?: (json: any) => void, status = 200) => Promise.resolve({ ...req, status, ...(check ? { check } : {}) });

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
};
/** Routes whose tests live elsewhere, because inject cannot hold a stream open. */
const ELSEWHERE = { 'GET /api/events/stream': 'stream-routes.test.ts' };

let t: TestServer;
let seeded: Seeded;
beforeEach(async () => {
  t = await testServer('2026-11-23T15:00:00Z');
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
    it('answers the happy path', async () => {
      const { status, check, ...req } = await c.happy(t, seeded);
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(status);
      if (status === 204) expect(res.body).toBe('');
      check?.(res.json());
    });

    if (c.bad) it('answers a bad input with 400 naming the field', async () => {
      const { field, ...req } = c.bad!(seeded);
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'validation', field });
    });

    if (c.missing) it('answers an unknown id with 404', async () => {
      const req = c.missing!;
      const res = await t.call(req.method, req.url, req.body);
      expect(res.statusCode, res.body).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    });
  });
});
