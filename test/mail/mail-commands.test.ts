import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainRunner } from '../support/run-main';
import { dovecotAvailable, freePort, startDovecot, type Dovecot } from '../support/dovecot';
import { bounce, greenhouseAck, greenhouseRejection, hedgedNews, mbox, newsletter, outOfOffice, replyInThread } from '../support/mail-fixtures';
import { startSmtpServer, type SmtpTestServer } from '../support/smtp-test-server';

/**
 * The mail commands end to end, as a user runs them, against a real IMAP server (Dovecot) and a real SMTP
 * server (smtp-server): setup and its error messages, approve and send, the watcher's verdicts on real
 * mailbox contents, the review queue and undo, classify and import mbox.
 */
const run = dovecotAvailable();
let dovecot: Dovecot;
let smtp: SmtpTestServer;
let home: string;
const NOW = '2026-11-23T14:01:00Z';

const hearback = mainRunner({ home: () => home, now: NOW });

const setupArgs = (smtpPort: number) => ['mail', 'setup', '--address', 'alex@me.example', '--name', 'Alex Doe', '--user', 'alex', '--imap-host', '127.0.0.1', '--imap-port', String(dovecot.port), '--imap-security', 'plain', '--smtp-host', '127.0.0.1', '--smtp-port', String(smtpPort), '--smtp-security', 'plain', '--company-gap', '0', '--password-stdin'];

(run ? describe : describe.skip)('mail commands against Dovecot and an SMTP server', () => {
  let appId: string;
  let sentId: string;

  beforeAll(async () => {
    dovecot = await startDovecot([{ user: 'alex', password: 'secret' }]);
    smtp = await startSmtpServer({ user: 'alex', password: 'secret' });
    home = await mkdtemp(join(tmpdir(), 'hearback-mail-cli-'));
  });
  afterAll(async () => {
    await smtp?.close();
    await dovecot?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('setup stores only the sealed password, once both servers work', async () => {
    const ok = await hearback(setupArgs(smtp.port), 'secret\n');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Saved alex@me.example; the password is encrypted at rest.');
    // The database and its write-ahead log (where a fresh write sits until a checkpoint) hold the sealed
    // password and never the plain one.
    const files = await Promise.all(['hearback.db', 'hearback.db-wal'].map((f) => readFile(join(home, f)).catch(() => Buffer.alloc(0))));
    const bytes = Buffer.concat(files);
    expect(bytes.includes('secret')).toBe(false);
    expect(bytes.includes('hb1.')).toBe(true);
    expect(((await stat(join(home, 'secret.key'))).mode & 0o777).toString(8)).toBe('600');
    const status = await hearback(['--json', 'mail', 'status']);
    expect(status.out).not.toContain('secret');
    expect(JSON.parse(status.out)).toMatchObject({ account: { address: 'alex@me.example', imap: { port: dovecot.port } }, sentCopy: 'append' });
  });

  it('approve queues the draft once; send delivers it and saves it in Sent', async () => {
    await hearback(['profile', 'set', '--name', 'Alex Doe', '--signature', 'Best regards,\\nAlex Doe', '--strength', 'PostgreSQL', '--strength', 'Kafka', '--strength', 'Go']);
    const added = await hearback(['add', '--company', 'Acme', '--role', 'Backend Engineer', '--applied', '2026-11-16T15:00:00Z', '--contact', 'Dana Smith <dana@acme.io>', '--tz', 'America/New_York', '--country', 'US']);
    appId = added.out.trim().split(/\s+/)[0] ?? '';
    const approve = await hearback(['mail', 'approve', `${appId}-fu1`]);
    expect(approve.out).toMatch(/^Queued ".+" to Dana Smith <dana@acme.io>/);
    expect((await hearback(['mail', 'approve', `${appId}-fu1`])).out).toContain('Updated');
    const send = await hearback(['mail', 'send']);
    expect(send.out).toBe(`sent ${appId}-fu1\n`);
    expect(smtp.received).toHaveLength(1);
    sentId = smtp.received[0]?.messageId ?? '';
    expect(sentId).toMatch(new RegExp(`^${appId}-fu1\\.\\w+@me\\.example$`));
    expect(await dovecot.messageIds('Sent')).toEqual([`<${sentId}>`]);
    expect((await hearback(['mail', 'send'])).out).toBe('');
    expect(smtp.received).toHaveLength(1);
  });

  it('digest --send e-mails the day’s digest to the account itself, without saving it in Sent', async () => {
    const before = smtp.received.length;
    const sent = await hearback(['digest', '--send']);
    expect(sent.code, sent.err).toBe(0);
    expect(sent.out).toMatch(/^sent hearback: .+ to alex@me\.example\n$/);
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received.at(-1)?.to).toEqual(['alex@me.example']);
    expect(await dovecot.messageIds('Sent')).toEqual([`<${sentId}>`]);
  });

  it('check applies what is sure, queues what is not, ignores the rest, and a second pass adds nothing', async () => {
    for (const raw of [outOfOffice(sentId), bounce(sentId, 'dana@acme.io'), greenhouseRejection('Acme'), newsletter(), hedgedNews(), greenhouseAck('Initech', 'Data Engineer', 'ack-7@greenhouse-mail.io', 'Mon, 23 Nov 2026 09:00:00 +0000')]) {
      await dovecot.append('INBOX', raw);
    }
    const first = await hearback(['mail', 'check']);
    expect(first.out).toMatch(/applied \w+ {2}auto reply \(high\)/);
    expect(first.out).toMatch(/applied \w+ {2}bounce \(high\)/);
    expect(first.out).toMatch(/applied \w+ {2}rejection \(high\)/);
    expect(first.out).toMatch(/review {2}\w+ {2}rejection \(medium\)/);
    expect(first.out).toMatch(/review {2}\w+ {2}new application Initech/);
    expect(first.out).toContain('Read 6 new message(s): 3 applied, 2 for review, 1 ignored.');
    expect((await hearback(['mail', 'check'])).out).toContain('Read 0 new message(s)');
    const show = await hearback(['--json', 'show', appId]);
    const events = (JSON.parse(show.out) as { events: { kind: string; source: string; data: Record<string, unknown> }[] }).events;
    expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['auto_reply', 'bounce', 'rejection']));
    expect(events.find((e) => e.kind === 'bounce')?.data).toEqual({ address: 'dana@acme.io', hard: true });
    expect(events.find((e) => e.kind === 'auto_reply')?.data).toMatchObject({ returnDate: '2026-12-07' });
  });

  it('review lists what waits, accept and undo change the application, and a reply in the thread is a reply', async () => {
    const list = await hearback(['--json', 'inbox', 'review']);
    const items = JSON.parse(list.out) as { id: string; messageId: string }[];
    expect(items.map((i) => i.messageId).sort()).toEqual(['ack-7@greenhouse-mail.io', 'maybe-1@acme.io']);
    const ack = items.find((i) => i.messageId.startsWith('ack-'))!.id;
    const maybe = items.find((i) => i.messageId.startsWith('maybe-'))!.id;
    expect((await hearback(['inbox', 'review', '--accept', ack])).out).toContain(`${ack}: accepted`);
    expect((await hearback(['list'])).out).toContain('Initech');
    await hearback(['inbox', 'review', '--dismiss', maybe]);
    expect((await hearback(['inbox', 'review'])).out).toBe('Nothing to review.\n');

    await dovecot.append('INBOX', replyInThread(sentId, 'reply-7@acme.io'));
    const check = await hearback(['--json', 'mail', 'check']);
    const applied = (JSON.parse(check.out) as { applied: { id: string; verdict: { kind: string }; link: { via: string } }[] }).applied;
    expect(applied).toMatchObject([{ verdict: { kind: 'human_reply' }, link: { via: 'thread' } }]);
    const undo = await hearback(['inbox', 'undo', applied[0]!.id]);
    expect(undo.out).toContain('Undone: Re: Following up on my application');
    const events = (JSON.parse((await hearback(['--json', 'show', appId])).out) as { events: { kind: string }[] }).events;
    expect(events.map((e) => e.kind)).not.toContain('reply');
    expect((await hearback(['inbox', 'undo', applied[0]!.id])).code).toBe(2);
  });

  it('classify prints the verdict as JSON', async () => {
    const result = await hearback(['--json', 'classify', '-'], outOfOffice('x@me.example'));
    expect(JSON.parse(result.out)).toEqual({
      kind: 'auto_reply',
      confidence: expect.any(Number),
      evidence: expect.arrayContaining([{ rule: 'header.auto-submitted', detail: expect.any(String) }]),
      returnDate: '2026-12-07',
      failedRecipient: null,
      tier: 'high',
      bounce: null,
    });
    const dsn = JSON.parse((await hearback(['--json', 'classify'], bounce('x@me.example', 'gone@acme.io'))).out) as { kind: string; failedRecipient: string };
    expect(dsn).toMatchObject({ kind: 'bounce', failedRecipient: 'gone@acme.io' });
    const garbage = await hearback(['classify', '-'], '\u0000\u0001 not mail');
    expect(garbage.code).toBe(1);
    expect(garbage.err).toContain('not a readable message');
  });

  it('import mbox: a dry run writes nothing, the import creates, and a re-run says it is done', async () => {
    const file = join(home, 'takeout.mbox');
    await writeFile(file, mbox([greenhouseAck('Globex', 'Platform Engineer', 'ack-g@greenhouse-mail.io', 'Mon, 02 Mar 2026 10:00:00 +0000'), newsletter('n-9@weekly.example'), greenhouseRejection('Globex', 'rej-g@greenhouse-mail.io', 'Fri, 20 Mar 2026 10:00:00 +0000')]));
    const dry = await hearback(['import', 'mbox', file, '--dry-run']);
    expect(dry.out).toContain('application  Globex — Platform Engineer (applied 2026-03-02)');
    expect(dry.out).toContain('Would create 1 applications and 1 events; 0 for review.');
    expect((await hearback(['list'])).out).not.toContain('Globex');
    const real = await hearback(['import', 'mbox', file]);
    expect(real.out).toContain('Created 1 applications and 1 events');
    expect((await hearback(['list'])).out).toMatch(/Globex.*rejected|rejected.*Globex/);
    expect((await hearback(['import', 'mbox', file])).out).toContain('was imported completely before');
    expect((await hearback(['import', 'csv', '--help'])).code).toBe(0);
  });

  it('cancel and decide change a queued message, and refuse what makes no sense', async () => {
    const added = await hearback(['add', '--company', 'Hooli', '--role', 'SRE', '--applied', '2026-11-16T15:00:00Z', '--contact', 'Gavin <gavin@hooli.example>', '--tz', 'America/New_York', '--country', 'US']);
    const action = `${added.out.trim().split(/\s+/)[0]}-fu1`;
    await hearback(['mail', 'approve', action]);
    expect((await hearback(['mail', 'cancel', action])).out).toBe(`${action}: cancelled\n`);
    expect((await hearback(['mail', 'status'])).out).toMatch(new RegExp(`${action} +cancelled +to gavin@hooli.example: .*\\n +cancelled by you`));
    expect((await hearback(['mail', 'decide', action, '--sent'])).err).toContain('it is cancelled, not waiting for a decision');
    expect((await hearback(['mail', 'decide', action, '--sent', '--cancel'])).code).toBe(2);
    expect((await hearback(['mail', 'decide', action, '--resend'])).out).toMatch(new RegExp(`^${action}: queued, sends at `));
    expect((await hearback(['mail', 'cancel', 'nope-fu1'])).err).toContain('nothing in the outbox for action nope-fu1');
  });

  // Last: a refused login slows Dovecot's next login down (see startDovecot).
  it('setup says exactly what failed, and keeps the saved account', async () => {
    const closed = await hearback(setupArgs(await freePort()), 'secret\n');
    expect(closed.code).toBe(1);
    expect(closed.out).toMatch(/SMTP {2}failed 127\.0\.0\.1:\d+ \(plain\): SMTP: nothing accepts connections at 127\.0\.0\.1:\d+ \(connection refused\)/);
    expect(closed.out).toMatch(/IMAP {2}ok/);
    const wrong = await hearback(setupArgs(smtp.port), 'nope\n');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/SMTP {2}failed .*login refused for alex.*app password/);
    expect(wrong.out).toMatch(/IMAP {2}failed .*login refused for alex.*app password/);
    expect(wrong.out).toContain('Nothing was saved.');
    expect(JSON.parse((await hearback(['--json', 'mail', 'status'])).out)).toMatchObject({ account: { smtp: { port: smtp.port } } });
  });
});
