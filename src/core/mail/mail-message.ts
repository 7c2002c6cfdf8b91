/** A mailbox as written in a header. The address is lower-cased so that comparisons need no care. */
export interface MailAddress {
  name: string;
  address: string;
}

/** One per-recipient block of an RFC 3464 delivery-status report. */
export interface DsnRecipient {
  /** `failed`, `delayed`, `delivered`, `relayed` or `expanded`, lower-cased. */
  action: string | null;
  /** The enhanced status code, `5.1.1`. */
  status: string | null;
  /** The address the report is about, without its `rfc822;` type. */
  finalRecipient: string | null;
  /** The remote server's words, `smtp; 550 5.1.1 User unknown`. */
  diagnostic: string | null;
}

/** What a bounce or a feedback report says about the message it returns, read from its attached copy. */
export interface OriginalMessage {
  messageId: string | null;
  subject: string;
  to: MailAddress[];
}

/**
 * Header names, lower-cased, each with its values in document order. Parsers keep only the headers the
 * classifier and the linker read, so the map stays small for a year of mail.
 */
export type HeaderMap = Readonly<Record<string, readonly string[]>>;

/** The part of a message that a headers-only parse can fill. The mbox pre-filter works on this alone. */
export interface MailHeaders {
  /** Without angle brackets: `abc@example.com`. */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress | null;
  /** Decoded (RFC 2047), unfolded, trimmed. */
  subject: string;
  /** ISO 8601, or null when the Date header is missing or unreadable. */
  date: string | null;
  headers: HeaderMap;
}

/** A parsed message, as the MIME parser hands it to the classifier and the linker. */
export interface MailMessage extends MailHeaders {
  /** The plain-text body, or text derived from the HTML body; cut at the parser's limit. */
  text: string;
  textTruncated: boolean;
  /** Delivery-status blocks of a multipart/report; empty for every other message. */
  dsn: DsnRecipient[];
  /** The returned message of a bounce or report, when one is attached. */
  original: OriginalMessage | null;
  attachmentsCount: number;
}

/**
 * Builds a message with empty defaults, for tests, evaluation scripts and callers that only know a few fields.
 *
 * @example
 * createMailMessage({ subject: 'Thanks for applying', text: 'We have received your application.' });
 */
export function createMailMessage(fields: Partial<MailMessage> = {}): MailMessage {
  return {
    messageId: null,
    inReplyTo: null,
    references: [],
    from: null,
    to: [],
    cc: [],
    replyTo: null,
    subject: '',
    date: null,
    headers: {},
    text: '',
    textTruncated: false,
    dsn: [],
    original: null,
    attachmentsCount: 0,
    ...fields,
  };
}

/**
 * Strips the angle brackets and surrounding space of a Message-ID, so that ids read from different headers
 * and stored by the outbox compare equal. Returns null for an empty id.
 *
 * @example
 * normaliseMessageId(' <a1@mail.example> '); // 'a1@mail.example'
 */
export function normaliseMessageId(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const id = raw.trim().replace(/^<+/, '').replace(/>+$/, '').trim();
  return id === '' ? null : id;
}

/**
 * The first value of a header, or null. Names are matched lower-cased.
 *
 * @example
 * headerValue({ 'auto-submitted': ['auto-replied'] }, 'Auto-Submitted'); // 'auto-replied'
 */
export function headerValue(headers: HeaderMap, name: string): string | null {
  return headers[name.toLowerCase()]?.[0] ?? null;
}

/**
 * The domain of an address, lower-cased, or null when there is none.
 *
 * @example
 * domainOf('Jane@Talent.Acme.com'); // 'talent.acme.com'
 */
export function domainOf(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf('@');
  if (at < 0 || at === address.length - 1) return null;
  return address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '');
}
