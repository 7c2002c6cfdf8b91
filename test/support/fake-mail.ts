import { randomBytes } from 'node:crypto';
import { AppError } from '../../src/core/app-error';
import type { FolderBatch, Inbox } from '../../src/ports/inbox';
import type { Mailer, OutgoingMail } from '../../src/ports/mailer';
import type { MailKit } from '../../src/ports/mail-kit';
import { parseMessage } from '../../src/mail/mime/parse-message';
import { aesSecretBox } from '../../src/mail/secrets/aes-secret-box';

type Failure = AppError | 'crash';

/**
 * In-memory SMTP and IMAP for use-case tests: what was sent, what is in Sent and in the inbox, and failures
 * to inject. The real drivers are tested against real servers; these make the outbox's decisions quick to
 * test one by one.
 */
export class FakeMail {
  readonly sent: OutgoingMail[] = [];
  readonly sentFolder = new Set<string>();
  readonly inbox: { uid: number; raw: Buffer }[] = [];
  uidValidity = '1';
  /** The provider files accepted mail in Sent itself (like Gmail). */
  providerSaves = false;
  /** Next sends fail like this; `crash` accepts the message and then throws an unknown error. */
  readonly failures: Failure[] = [];
  searchFails = false;
  appendFails = false;
  private readonly key = randomBytes(32);

  deliver(raw: string): void {
    this.inbox.push({ uid: (this.inbox.at(-1)?.uid ?? 0) + 1, raw: Buffer.from(raw) });
  }

  kit(): MailKit {
    const mailer: Mailer = {
      verify: () => Promise.resolve(),
      send: (mail) => {
        const failure = this.failures.shift();
        if (failure === 'crash' || failure === undefined) {
          this.sent.push(mail);
          if (this.providerSaves) this.sentFolder.add(mail.messageId);
          if (failure === 'crash') return Promise.reject(new Error('socket hang up after DATA'));
          return Promise.resolve({ response: '250 2.0.0 queued', raw: Buffer.from(`Message-ID: <${mail.messageId}>\r\nSubject: ${mail.subject}\r\n\r\n${mail.text}`) });
        }
        return Promise.reject(failure);
      },
      close: () => Promise.resolve(),
    };
    const inbox: Inbox = {
      verify: () => Promise.resolve({ sentFolder: 'Sent', idle: false }),
      sentContains: (id) => (this.searchFails ? Promise.reject(new AppError('mail_unverifiable', 'IMAP: connection refused')) : Promise.resolve(this.sentFolder.has(id))),
      appendSent: (raw) => {
        if (this.appendFails) return Promise.reject(new AppError('mail_connect', 'IMAP: connection refused'));
        const id = /Message-ID: <([^>]+)>/i.exec(Buffer.from(raw).toString())?.[1];
        if (id) this.sentFolder.add(id);
        return Promise.resolve();
      },
      fetchAfter: (_folder, cursor, limit): Promise<FolderBatch> => {
        const after = cursor && cursor.uidValidity === this.uidValidity ? cursor.lastUid : 0;
        const fresh = this.inbox.filter((m) => m.uid > after);
        const batch = fresh.slice(0, limit);
        return Promise.resolve({ uidValidity: this.uidValidity, messages: batch.map((m) => ({ uid: m.uid, raw: m.raw, internalDate: null })), lastUid: batch.at(-1)?.uid ?? after, more: fresh.length > batch.length });
      },
      waitForChange: () => Promise.resolve(),
      close: () => Promise.resolve(),
    };
    return {
      secrets: aesSecretBox(() => Promise.resolve(this.key)),
      mailer: () => mailer,
      inbox: () => inbox,
      parse: (raw) => parseMessage(raw),
      mbox: { identify: () => Promise.reject(new Error('no mbox in FakeMail')), scan: () => Promise.reject(new Error('no mbox in FakeMail')) },
    };
  }
}

export const temporary = (code = 451) => new AppError('mail_temporary', `SMTP: the server deferred the message (${code} try later)`, { details: { smtpCode: code, ambiguous: false } });
export const permanent = (code = 550) => new AppError('mail_permanent', `SMTP: the server refused the message (${code} no such user)`, { details: { smtpCode: code, response: `${code} no such user`, ambiguous: false } });
