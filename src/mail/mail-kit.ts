import type { MailKit } from '../ports/mail-kit';
import { imapInbox } from './imap/imap-inbox';
import { mboxFileIdentity } from './mbox/file-identity';
import { scanMboxFile } from './mbox/mbox-file';
import { parseMessage } from './mime/parse-message';
import { aesSecretBox } from './secrets/aes-secret-box';
import { loadSecretKey } from './secrets/secret-key';

export interface MailKitConfig {
  /** The data directory, where the secret key file lives. */
  home: string;
  env: Readonly<Record<string, string | undefined>>;
}

/**
 * The concrete mail drivers behind the MailKit port: AES-GCM secrets keyed from the environment or the key
 * file, nodemailer for SMTP, imapflow for IMAP, postal-mime for messages and the streaming mbox scanner.
 * Test hooks: `HEARBACK_SMTP_TIMEOUT_MS` and `HEARBACK_IMAP_TIMEOUT_MS` shorten the network timeouts.
 */
export async function createMailKit(config: MailKitConfig): Promise<MailKit> {
  const source = { home: config.home, env: config.env['HEARBACK_SECRET_KEY'] };
  const timeout = (name: string) => {
    const value = Number(config.env[name]);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const { smtpMailer } = await import('./smtp/smtp-mailer');
  return {
    secrets: aesSecretBox(() => loadSecretKey(source, true), () => loadSecretKey(source, false)),
    mailer: (server, password) => smtpMailer(server, password, { timeoutMs: timeout('HEARBACK_SMTP_TIMEOUT_MS') }),
    inbox: (server, password, options) => imapInbox(server, password, { ...options, timeoutMs: timeout('HEARBACK_IMAP_TIMEOUT_MS') }),
    parse: (raw) => parseMessage(raw),
    mbox: {
      identify: mboxFileIdentity,
      async scan(request) {
        const { scanner, items } = await scanMboxFile(request.path, {
          startOffset: request.startOffset,
          ...(request.since ? { since: request.since } : {}),
          hints: request.hints,
          ...(request.onHeaders ? { onHeaders: request.onHeaders } : {}),
          link: request.link,
          now: request.now,
        });
        return { stats: scanner.stats, items };
      },
    },
  };
}
