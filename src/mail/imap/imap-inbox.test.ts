import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import type { Inbox } from '../../ports/inbox';
import { dovecotAvailable, freePort, startDovecot, type Dovecot } from '../../../test/support/dovecot';
import { imapInbox } from './imap-inbox';

const run = dovecotAvailable();
let dovecot: Dovecot;

const message = (id: string, subject = 'Hello') =>
  `Message-ID: <${id}>\r\nFrom: Dana <dana@acme.example>\r\nTo: alex@me.example\r\nSubject: ${subject}\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\nBody of ${id}\r\n`;

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

(run ? describe : describe.skip)('imapInbox against Dovecot', () => {
  let inbox: Inbox;
  const server = () => ({ host: dovecot.host, port: dovecot.port, security: 'plain' as const, user: 'alex' });

  beforeAll(async () => {
    dovecot = await startDovecot([{ user: 'alex', password: 'secret' }]);
    inbox = imapInbox(server(), 'secret', { sentFolder: null });
  });
  afterAll(async () => {
    await inbox?.close();
    await dovecot?.stop();
  });

  it('finds the \\Sent folder and IDLE', async () => {
    expect(await inbox.verify()).toEqual({ sentFolder: 'Sent', idle: true });
  });

  it('finds a sent message by its Message-ID, and only that one', async () => {
    expect(await inbox.sentContains('fu1.x7@me.example')).toBe(false);
    await inbox.appendSent(Buffer.from(message('fu1.x7@me.example')), '2026-11-23T10:00:00Z');
    expect(await inbox.sentContains('fu1.x7@me.example')).toBe(true);
    expect(await inbox.sentContains('fu1.x@me.example')).toBe(false);
    expect(await dovecot.messageIds('Sent')).toEqual(['<fu1.x7@me.example>']);
  });

  it('reads a folder incrementally by UID, in batches', async () => {
    for (const n of [1, 2, 3]) await dovecot.append('INBOX', message(`in${n}@acme.example`));
    const first = await inbox.fetchAfter('INBOX', null, 2);
    expect(first.messages.map((m) => m.uid)).toEqual([1, 2]);
    expect(first.more).toBe(true);
    expect(Buffer.from(first.messages[0]!.raw).toString()).toContain('Message-ID: <in1@acme.example>');
    const cursor = { uidValidity: first.uidValidity, lastUid: first.lastUid };
    const second = await inbox.fetchAfter('INBOX', cursor, 2);
    expect(second.messages.map((m) => m.uid)).toEqual([3]);
    expect(second.more).toBe(false);
    const none = await inbox.fetchAfter('INBOX', { uidValidity: second.uidValidity, lastUid: second.lastUid }, 2);
    expect(none.messages).toEqual([]);
    expect(none.lastUid).toBe(3);
    const moved = await inbox.fetchAfter('INBOX', { uidValidity: 'another', lastUid: 3 }, 10);
    expect(moved.messages).toHaveLength(3);
  });

  it('wakes from IDLE when a message arrives, and times out otherwise', async () => {
    // Only IDLE can end this wait early; without it the test would time out.
    const waiting = inbox.waitForChange('INBOX', 600_000);
    await new Promise((r) => setTimeout(r, 200));
    await dovecot.append('INBOX', message('wake@acme.example'));
    await waiting;
    await inbox.waitForChange('INBOX', 50);
    const seen = await inbox.fetchAfter('INBOX', null, 100);
    await dovecot.append('INBOX', message('early@acme.example'));
    // Mail that arrived before the wait is news at once; were it not, this would wait ten minutes.
    await inbox.waitForChange('INBOX', 600_000, undefined, { uidValidity: seen.uidValidity, lastUid: seen.lastUid });
    const aborted = new AbortController();
    aborted.abort();
    await inbox.waitForChange('INBOX', 10_000, aborted.signal);
  });

  it('says a refused login needs an app password, and names a closed port', async () => {
    const wrong = await failure(imapInbox(server(), 'wrong', { sentFolder: null }).verify());
    expect(wrong.code).toBe('mail_auth');
    expect(wrong.message).toMatch(/IMAP: login refused for alex.*app password/);
    const closed = await failure(imapInbox({ ...server(), port: await freePort() }, 'secret', { sentFolder: null }).verify());
    expect(closed.code).toBe('mail_connect');
    expect(closed.details?.reason).toBe('refused');
    const tls = await failure(imapInbox({ ...server(), security: 'tls' }, 'secret', { sentFolder: null, timeoutMs: 3000 }).verify());
    expect(tls.details?.reason).toBe('tls_mismatch');
  });

  it('cannot verify a sent message when the server is gone', async () => {
    const gone = imapInbox({ ...server(), port: await freePort() }, 'secret', { sentFolder: 'Sent' });
    const error = await failure(gone.sentContains('x@me.example'));
    expect(['mail_connect', 'mail_unverifiable']).toContain(error.code);
  });
});
