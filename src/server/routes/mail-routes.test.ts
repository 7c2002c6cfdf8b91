import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dovecotAvailable, freePort } from '../../../test/support/dovecot';
import { startMailServers, type MailServers } from '../../../test/support/mail-servers';
import { ACCOUNT_REMOVED } from '../../app/mail/remove-mail-account';
import { testServer, type TestServer } from '../server-test-kit';

/* eslint-disable @typescript-eslint/no-explicit-any -- answers are checked field by field */

/**
 * The mail routes' behaviour beyond routes.test.ts's table, against a real Dovecot and SMTP server: what the
 * setup says when a server fails, lint errors that block an approval, and what removing the account does.
 */
const run = dovecotAvailable();
let servers: MailServers;
let t: TestServer;
let action: string;

async function start(withMail = true): Promise<void> {
  t = await testServer('2026-11-23T15:00:00Z', withMail ? { mail: { kit: () => Promise.resolve(servers.kit), workers: false } } : {});
  const added = (await t.call('POST', '/api/applications', { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] })).json() as any;
  action = `${added.application.id}-fu1`;
}

(run ? describe : describe.skip)('the mail routes', () => {
  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(() => servers?.stop());
  afterEach(() => t?.close());

  it('says which server failed and why, names where to make an app password, and saves nothing', async () => {
    await start();
    const refused = await t.call('PUT', '/api/mail/account', servers.account({ address: 'alex.doe@gmail.com', smtp: { host: '127.0.0.1', port: servers.smtp.port, security: 'plain', user: 'someone-else' } }));
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({
      saved: false,
      smtp: { ok: false, code: 'mail_auth', message: expect.stringMatching(/^SMTP: login refused for someone-else at 127\.0\.0\.1: .*use an app password/) },
      imap: { ok: true },
      help: expect.stringContaining('myaccount.google.com/apppasswords'),
    });
    const closed = await t.call('PUT', '/api/mail/account', servers.account({ smtp: { host: '127.0.0.1', port: await freePort(), security: 'plain', user: 'alex' } }));
    expect(closed.json().smtp).toMatchObject({ ok: false, code: 'mail_connect', message: expect.stringContaining('nothing accepts connections at 127.0.0.1:') });
    expect((await t.call('GET', '/api/mail/account')).json()).toEqual({ account: null, sentCopy: null, provider: null });
    const plain = await t.call('PUT', '/api/mail/account', servers.account({ imap: { host: 'imap.example.org', port: 143, security: 'plain' } }));
    expect(plain.statusCode).toBe(400);
    expect(plain.json().error).toMatchObject({ field: 'imap.security', message: expect.stringContaining('only for a server on this machine') });
  });

  it('previews the send time and the findings, refuses lint errors unless forced, and answers a second approval with updated', async () => {
    await start();
    expect((await t.call('POST', `/api/actions/${action}/approve`, {})).json().error).toMatchObject({ code: 'not_found', field: 'account' });
    expect((await t.call('PUT', '/api/mail/account', servers.account())).json().saved).toBe(true);
    const pushy = { body: 'Hello Dana,\n\nPlease reply ASAP about my application.\n\nAlex' };
    const preview = (await t.call('POST', `/api/actions/${action}/send-preview`, pushy)).json();
    expect(preview).toMatchObject({ blocked: true, sendAt: '2026-11-23T15:00:00.000Z', zone: 'America/New_York' });
    expect(preview.findings.filter((f: any) => f.severity === 'error').length).toBeGreaterThan(0);
    const refused = await t.call('POST', `/api/actions/${action}/approve`, pushy);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({ code: 'validation', field: 'body', message: expect.stringContaining('queue it anyway with force'), details: { findings: expect.arrayContaining([expect.objectContaining({ severity: 'error' })]) } });
    expect((await t.call('GET', '/api/outbox')).json().items).toEqual([]);
    expect((await t.call('POST', `/api/actions/${action}/approve`, { ...pushy, force: true })).json()).toMatchObject({ outcome: 'queued', item: { state: 'queued' } });
    expect((await t.call('POST', `/api/actions/${action}/approve`, {})).json()).toMatchObject({ outcome: 'updated', item: { state: 'queued' } });
    expect((await t.call('POST', `/api/actions/${action}/send-preview`, {})).json().outbox).toBe('queued');
  });

  it('removing the account cancels what is queued, and approving after a new setup revives it', async () => {
    await start();
    await t.call('PUT', '/api/mail/account', servers.account());
    await t.call('POST', `/api/actions/${action}/approve`, {});
    expect((await t.call('DELETE', '/api/mail/account')).json()).toEqual({ address: 'alex@me.example', cancelled: 1 });
    expect((await t.call('GET', '/api/outbox')).json().items).toMatchObject([{ actionId: action, state: 'cancelled', reason: ACCOUNT_REMOVED }]);
    expect((await t.call('GET', '/api/mail/status')).json()).toMatchObject({ account: null, outbox: { cancelled: 1 } });
    expect((await t.call('DELETE', '/api/mail/account')).statusCode).toBe(404);
    await t.call('PUT', '/api/mail/account', servers.account());
    expect((await t.call('POST', `/api/actions/${action}/approve`, {})).json()).toMatchObject({ outcome: 'updated', item: { state: 'queued', reason: null } });
  });

  it('without the mail drivers, reads what is stored and says why it cannot reach a server', async () => {
    await start(false);
    expect((await t.call('GET', '/api/mail/account')).json().account).toBeNull();
    const put = await t.call('PUT', '/api/mail/account', servers.account());
    expect(put.statusCode).toBe(502);
    expect(put.json().error).toMatchObject({ code: 'external_service', message: expect.stringContaining('without its mail drivers') });
    expect((await t.call('POST', '/api/mail/check')).json().error.code).toBe('external_service');
  });
});
