import type { MailVerdict } from '../core/mail/classify-message';
import type { MailLink } from '../core/mail/link-message';
import type { MailHeaders, MailMessage } from '../core/mail/mail-message';
import type { JobMailHints } from '../core/mail/may-be-job-mail';
import type { Inbox } from './inbox';
import type { Mailer } from './mailer';
import type { SecretBox } from './secret-box';

/** How to reach one server: `tls` is TLS from the first byte (465, 993), `starttls` upgrades a plain start. */
export interface ServerSettings {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'plain';
  user: string;
}

export type ParsedMail = { ok: true; message: MailMessage } | { ok: false; error: string };

/** What identifies an mbox file between runs, so an interrupted import resumes only on the same file. */
export interface MboxFileIdentity {
  /** A digest of the size, modification time and first bytes. */
  key: string;
  size: number;
}

export interface MboxScanRequest {
  path: string;
  startOffset: number;
  since?: string;
  hints: JobMailHints;
  /** Sees every message's headers before the pre-filter, to grow the hints during the scan. */
  onHeaders?: (headers: MailHeaders) => void;
  link: (message: MailMessage) => MailLink | null;
  now: string;
}

interface Range {
  offset: number;
  length: number;
}

/** One message of an mbox scan; see MboxScanner in src/mail/mbox. */
export type MboxItem =
  | (Range & { kind: 'skipped'; messageId: string | null; reason: 'not_job_mail' | 'before_since' })
  | (Range & { kind: 'classified'; message: MailMessage; verdict: MailVerdict; link: MailLink | null })
  | (Range & { kind: 'error'; messageId: string | null; error: string });

/** Running counters; `offset` is where a resumed scan starts. */
export interface MboxStats {
  bytes: number;
  messages: number;
  candidates: number;
  matches: number;
  skipped: number;
  errors: number;
  offset: number;
}

export interface MboxReader {
  identify(path: string): Promise<MboxFileIdentity>;
  scan(request: MboxScanRequest): Promise<{ stats: MboxStats; items: AsyncGenerator<MboxItem> }>;
}

/**
 * The mail drivers, as the use cases see them: secrets, SMTP, IMAP, the MIME parser and the mbox reader.
 * Made by the composition root and loaded only by the commands that use mail.
 */
export interface MailKit {
  secrets: SecretBox;
  mailer(server: ServerSettings, password: string): Mailer;
  inbox(server: ServerSettings, password: string, options: { sentFolder: string | null }): Inbox;
  parse(raw: Uint8Array): Promise<ParsedMail>;
  mbox: MboxReader;
}
