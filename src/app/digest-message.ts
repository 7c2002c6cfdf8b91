import MailComposer from 'nodemailer/lib/mail-composer';
import { invalid } from '../core/app-error';
import type { Digest } from './digest';

export interface DigestAddresses {
  /** Who the digest is to: the user's own address. Left out when unknown, as a file written for the user. */
  to?: string | null;
  /** Who it is from; `hearback <hearback@localhost>` until mail accounts exist. */
  from?: string;
}

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+$/;

/**
 * The digest as an RFC 5322 message (a `.eml` file any mail client opens), built with nodemailer's
 * MailComposer: UTF-8 text, quoted-printable, a Message-ID made from the day and user so writing it twice
 * gives the same bytes, and `Auto-Submitted: auto-generated` so auto-responders do not answer it. When the
 * SMTP sender exists, it sends these same bytes (or the same fields) instead of writing a file.
 */
export async function digestMessage(
  digest: Digest,
  userId: string,
  addresses: DigestAddresses = {},
): Promise<Buffer> {
  const to = addresses.to?.trim();
  if (to && !ADDRESS.test(to.replace(/^.*<(.+)>\s*$/, '$1')))
    throw invalid('to', `is not an email address: "${to}"`);
  const composer = new MailComposer({
    from: addresses.from ?? 'hearback <hearback@localhost>',
    ...(to ? { to } : {}),
    subject: digest.subject,
    text: digest.text,
    date: new Date(digest.date),
    messageId: `<digest-${digest.day}.${encodeURIComponent(userId)}@hearback.invalid>`,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
  });
  return composer.compile().build();
}
