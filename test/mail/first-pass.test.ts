import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainRunner } from '../support/run-main';
import { dovecotAvailable, startDovecot, type Dovecot } from '../support/dovecot';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

/**
 * The watcher's first read of a mailbox full of old mail: a rejection from 2023, for another role at the
 * same company, must not close an application sent in 2025.
 */
const run = dovecotAvailable();
const NOW = '2025-03-05T10:00:00Z';
let dovecot: Dovecot;
let smtp: SmtpTestServer;
let home: string;

const hearback = mainRunner({ home: () => home, now: NOW });

function oldRejection(id: string, date: string): string {
  return `From: Jane Roe <jane@acme.com>\r\nTo: alex@me.example\r\nSubject: Your application for Data Analyst\r\nDate: ${date}\r\nMessage-ID: <${id}>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHi Alex, we regret to inform you that we will not be moving forward with your application for the Data Analyst role.\r\n`;
}

/** Appends with the day the server received it, as years-old mail in a real INBOX has. */
async function appendReceived(raw: string, received: Date): Promise<void> {
  const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'alex', pass: 'secret' }, logger: false });
  await client.connect();
  try {
    await client.append('INBOX', raw, [], received);
  } finally {
    await client.logout();
  }
}

(run ? describe : describe.skip)('the first inbox pass', () => {
  beforeAll(async () => {
    [dovecot, smtp] = await Promise.all([startDovecot(), startSmtpServer({ user: 'alex', password: 'secret' })]);
    home = await mkdtemp(join(tmpdir(), 'hearback-first-pass-'));
  });
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('skips mail received before the bound and sends an outcome dated before the application to review', async () => {
    const setup = ['mail', 'setup', '--address', 'alex@me.example', '--user', 'alex', '--imap-host', dovecot.host, '--imap-port', String(dovecot.port), '--imap-security', 'plain', '--smtp-host', smtp.host, '--smtp-port', String(smtp.port), '--smtp-security', 'plain', '--password-stdin'];
    expect((await hearback(setup, 'secret\n')).code).toBe(0);
    const added = await hearback(['add', '--company', 'Acme', '--role', 'Backend Engineer', '--applied', '2025-02-20T10:00:00Z', '--contact', 'Jane Roe <jane@acme.com>']);
    const appId = added.out.trim().split(/\s+/)[0] ?? '';
    await appendReceived(oldRejection('old-received@acme.com', 'Tue, 14 Mar 2023 10:00:00 +0000'), new Date('2023-03-14T10:00:00Z'));
    // Mail moved between providers keeps its Date but gets a new received day.
    await dovecot.append('INBOX', oldRejection('old-migrated@acme.com', 'Wed, 15 Mar 2023 10:00:00 +0000'));

    const check = await hearback(['mail', 'check']);
    expect(check.code, check.err).toBe(0);
    expect(check.out).toContain('Read 1 new message(s): 0 applied, 1 for review, 0 ignored.');
    const review = JSON.parse((await hearback(['--json', 'inbox', 'review'])).out) as { messageId: string; why?: string }[];
    expect(review.map((r) => r.messageId)).toEqual(['old-migrated@acme.com']);
    expect(JSON.stringify(review[0])).toContain('before the application was sent on 2025-02-20');
    const show = JSON.parse((await hearback(['--json', 'show', appId])).out) as { application: { stage: string } };
    expect(show.application.stage).toBe('applied');
  }, 60_000);
});
