import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dovecotAvailable, freePort } from '../../../test/support/dovecot';
import { hedgedNews } from '../../../test/support/mail-fixtures';
import { startMailServers, type MailServers } from '../../../test/support/mail-servers';
import { tempRuntime } from '../../../test/support/temp-runtime';
import { addApplication } from '../../app/add-application';
import { getDigestState, setDigestPreferences } from '../../app/mail/digest-preferences';
import { setupMailAccount } from '../../app/mail/mail-account';
import { queueSend } from '../../app/mail/queue-send';
import { mailWorkers } from './mail-workers';

/**
 * The workers' failures and their control, against a real Dovecot and SMTP server: a failure is recorded
 * for the page and logged once, never thrown; a check asked for is served by the watcher; stop ends both.
 */
const run = dovecotAvailable();
let servers: MailServers;

(run ? describe : describe.skip)('the mail workers', () => {
  beforeAll(async () => {
    servers = await startMailServers();
  });
  afterAll(() => servers?.stop());

  it('records a server that is down for the page, logs it once, keeps serving checks, and stops cleanly', async () => {
    const rt = await tempRuntime('2026-11-23T15:00:00Z');
    const logs: string[] = [];
    const changed: string[] = [];
    try {
      const closedPort = await freePort();
      await setupMailAccount(rt.deps, servers.kit, servers.account({ smtp: { host: '127.0.0.1', port: closedPort, security: 'plain', user: 'alex' } }), { test: false });
      const added = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] });
      await queueSend(rt.deps, { actionId: `${added.application.id}-fu1` });
      const workers = mailWorkers({ kit: async () => servers.kit, users: () => ['local'], depsFor: () => rt.deps, timing: { intervalMs: 50, retryMs: 50, pollMs: 60_000 }, changed: (u) => changed.push(u), log: (line) => logs.push(line) });
      expect(workers.status('local')).toBeNull();
      await workers.start();
      for (let waited = 0; workers.status('local')?.sender.error === null || workers.status('local')?.sender.lastPassAt === null; waited += 50) {
        if (waited > 10_000) throw new Error(`no sender failure recorded: ${JSON.stringify(workers.status('local'))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      // The message is retried later, and fails the same way each time without using up its tries (nothing
      // was handed over); the log and the page hear of it once.
      for (let round = 0; round < 3; round++) {
        rt.clock.set(new Date(Math.max(rt.clock.now().getTime() + 61 * 60_000, Date.parse((await rt.deps.db.listOutbox())[0]?.sendAt ?? ''))).toISOString());
        workers.kick('local');
        await new Promise((r) => setTimeout(r, 200));
      }
      expect((await rt.deps.db.listOutbox())[0]).toMatchObject({ state: 'queued', attempts: 0 });
      expect(workers.status('local')?.sender.error).toMatchObject({ code: 'mail_send', message: expect.stringContaining(`nothing accepts connections at 127.0.0.1:${closedPort}`) });
      expect(logs.filter((l) => l.includes('mail sender for local failed'))).toHaveLength(1);
      expect(changed.length).toBeGreaterThan(0);

      // The watcher works all the same, and serves a check asked for while it waits on IDLE.
      await servers.dovecot.append('INBOX', hedgedNews('maybe-worker@acme.io'));
      const pass = await workers.checkNow('local');
      expect([...(pass?.review ?? [])].map((r) => r.messageId).concat(await rt.deps.db.listMailRecords().then((all) => all.map((r) => r.messageId)))).toContain('maybe-worker@acme.io');
      expect(workers.status('local')?.watcher).toMatchObject({ lastCheckAt: rt.clock.now().toISOString(), error: null });

      await workers.stop();
      expect(workers.status('local')).toBeNull();
      expect(workers.checkNow('local')).toBeNull();
      expect(servers.smtp.received).toHaveLength(0);
      expect((await rt.deps.db.listOutbox())[0]).toMatchObject({ state: 'queued', reason: expect.stringContaining('nothing accepts connections') });
    } finally {
      await rt.cleanup();
    }
  });

  it('e-mails the morning digest over the real SMTP server once its time has come, and only once', async () => {
    const rt = await tempRuntime('2026-11-23T15:00:00Z');
    try {
      await setupMailAccount(rt.deps, servers.kit, servers.account(), { test: false });
      await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] });
      await setDigestPreferences(rt.deps, { enabled: true, time: '07:00' });
      const before = servers.smtp.received.length;
      const workers = mailWorkers({ kit: async () => servers.kit, users: () => ['local'], depsFor: () => rt.deps, appUrl: () => 'http://127.0.0.1:4999', timing: { intervalMs: 50, retryMs: 50, pollMs: 60_000 }, changed: () => undefined, log: () => undefined });
      await workers.start();
      const digests = () => servers.smtp.received.slice(before).filter((m) => /Subject: hearback: /.test(m.raw.toString()));
      for (let waited = 0; digests().length === 0; waited += 50) {
        if (waited > 10_000) throw new Error('no digest reached the SMTP server');
        await new Promise((r) => setTimeout(r, 50));
      }
      // More passes on the same day send nothing more.
      for (let round = 0; round < 3; round++) {
        workers.kick('local');
        await new Promise((r) => setTimeout(r, 100));
      }
      await workers.stop();
      expect(digests()).toHaveLength(1);
      const parsed = await servers.kit.parse(digests()[0]!.raw);
      expect(parsed.ok && parsed.message.text).toContain('http://127.0.0.1:4999/#/applications/');
      expect((await getDigestState(rt.deps)).lastSentDay).toBe('2026-11-23');
    } finally {
      await rt.cleanup();
    }
  });

  it('starts only for users with an account, and reload starts and stops them around an account change', async () => {
    const rt = await tempRuntime('2026-11-23T15:00:00Z');
    try {
      const workers = mailWorkers({ kit: async () => servers.kit, users: () => ['local'], depsFor: () => rt.deps, timing: { pollMs: 60_000 }, changed: () => undefined, log: () => undefined });
      await workers.start();
      expect(workers.status('local')).toBeNull();
      await workers.reload('local', () => setupMailAccount(rt.deps, servers.kit, servers.account(), { test: false }));
      expect(workers.status('local')).not.toBeNull();
      await expect(workers.reload('local', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
      expect(workers.status('local')).not.toBeNull();
      await workers.reload('local', () => rt.deps.db.deleteMailAccount());
      expect(workers.status('local')).toBeNull();
      await workers.stop();
    } finally {
      await rt.cleanup();
    }
  });
});
