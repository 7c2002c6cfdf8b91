import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import type { MailSetupInput } from '../../src/app/mail/mail-account';
import { createMailKit } from '../../src/mail/mail-kit';
import type { MailKit } from '../../src/ports/mail-kit';
import { startDovecot, type Dovecot } from './dovecot';
import { startSmtpServer, type SmtpTestServer } from './smtp-test-server';

/** A real IMAP server (Dovecot) and SMTP server (smtp-server) for one test file, and the mail drivers. */
export interface MailServers {
  dovecot: Dovecot;
  smtp: SmtpTestServer;
  /** The real drivers, with a secret key of their own. */
  kit: MailKit;
  /** The key the kit seals with, base64, for a `hearback serve` started as another process. */
  secretKey: string;
  /** The setup input for Alex's account on these servers (both log in as `alex` / `secret`). */
  account(overrides?: Partial<MailSetupInput>): MailSetupInput;
  /**
   * Where Alex's INBOX ends now, as the watcher's cursor: a store given it reads only mail that arrives
   * later, so tests sharing the servers do not read each other's messages.
   */
  inboxEnd(): Promise<{ folder: string; uidValidity: string; lastUid: number; updatedAt: string }>;
  stop(): Promise<void>;
}

/**
 * Starts Dovecot and an SMTP server with one user, alex/secret, for a test file. Call `dovecotAvailable()`
 * first to skip when Dovecot is not installed.
 *
 * @example
 * const servers = await startMailServers();
 * afterAll(() => servers.stop());
 */
export async function startMailServers(): Promise<MailServers> {
  const [dovecot, smtp, home] = await Promise.all([startDovecot([{ user: 'alex', password: 'secret' }]), startSmtpServer({ user: 'alex', password: 'secret' }), mkdtemp(join(tmpdir(), 'hearback-mail-kit-'))]);
  const secretKey = randomBytes(32).toString('base64');
  const kit = await createMailKit({ home, env: { HEARBACK_SECRET_KEY: secretKey } });
  return {
    dovecot,
    smtp,
    kit,
    secretKey,
    account: (overrides = {}) => ({
      address: 'alex@me.example',
      name: 'Alex Doe',
      password: 'secret',
      imap: { host: dovecot.host, port: dovecot.port, security: 'plain', user: 'alex' },
      smtp: { host: smtp.host, port: smtp.port, security: 'plain', user: 'alex' },
      companyGapMinutes: 0,
      ...overrides,
    }),
    async inboxEnd() {
      const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: 'alex', pass: 'secret' }, logger: false });
      await client.connect();
      try {
        const status = await client.status('INBOX', { uidValidity: true, uidNext: true });
        if (!status) throw new Error('Dovecot gave no STATUS for INBOX');
        return { folder: 'INBOX', uidValidity: String(status.uidValidity), lastUid: (status.uidNext ?? 1) - 1, updatedAt: new Date().toISOString() };
      } finally {
        await client.logout();
      }
    },
    async stop() {
      await Promise.all([smtp.close(), dovecot.stop(), rm(home, { recursive: true, force: true })]);
    },
  };
}
