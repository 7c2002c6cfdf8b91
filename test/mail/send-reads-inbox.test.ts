import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainRunner } from '../support/run-main';
import { dovecotAvailable, startDovecot, type Dovecot } from '../support/dovecot';
import { replyInThread } from '../support/mail-fixtures';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

/**
 * `hearback mail send` alone, with no watcher running: a reply that reached the INBOX after the follow-up
 * was approved, and that hearback has not read yet, must cancel the follow-up at send time.
 */
const run = dovecotAvailable();
const NOW = '2026-11-23T14:01:00Z';
let dovecot: Dovecot;
let smtp: SmtpTestServer;
let home: string;

const hearback = mainRunner({ home: () => home, now: NOW });

(run ? describe : describe.skip)('sending reads the inbox first', () => {
  beforeAll(async () => {
    [dovecot, smtp] = await Promise.all([startDovecot(), startSmtpServer({ user: 'alex', password: 'secret' })]);
    home = await mkdtemp(join(tmpdir(), 'hearback-send-inbox-'));
  });
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('cancels a due follow-up when a reply waits unread in the INBOX', async () => {
    const setup = ['mail', 'setup', '--address', 'alex@me.example', '--user', 'alex', '--imap-host', dovecot.host, '--imap-port', String(dovecot.port), '--imap-security', 'plain', '--smtp-host', smtp.host, '--smtp-port', String(smtp.port), '--smtp-security', 'plain', '--company-gap', '0', '--password-stdin'];
    expect((await hearback(setup, 'secret\n')).code).toBe(0);
    const added = await hearback(['add', '--company', 'Acme', '--role', 'Backend Engineer', '--applied', '2026-11-16T15:00:00Z', '--contact', 'Dana Smith <dana@acme.io>', '--tz', 'America/New_York', '--country', 'US']);
    const appId = added.out.trim().split(/\s+/)[0] ?? '';
    expect((await hearback(['mail', 'approve', `${appId}-fu1`])).out).toMatch(/^Queued/);
    await dovecot.append('INBOX', replyInThread('application-1@me.example', 'overnight-1@acme.io'));

    const send = await hearback(['mail', 'send']);
    expect(send.code, send.err).toBe(0);
    expect(send.out).toMatch(/applied \w+ {2}reply \(high\) {2}dana@acme\.io/);
    expect(send.out).toMatch(new RegExp(`cancelled ${appId}-fu1: a reply came in`));
    expect(smtp.received).toHaveLength(0);
  }, 60_000);
});
