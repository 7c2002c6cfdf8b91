import PostalMime from 'postal-mime';
import type { Attachment, Email } from 'postal-mime';
import type { DsnRecipient, MailMessage, OriginalMessage } from '../../core/mail/mail-message';
import { parseDeliveryStatus } from './delivery-status';
import { htmlToText } from './html-to-text';
import { DEFAULT_MAX_HEADER_BYTES, parseHeadersOnly } from './parse-headers-only';

export interface ParseOptions {
  /** Headers larger than this make the message an error (gigantic-header input). */
  maxHeaderBytes?: number;
  /** Only this many bytes of a message are read; the rest (large attachments, mostly) is ignored. */
  maxBytes?: number;
  /** The text handed to the classifier is cut here; job mail says what it is well before. */
  maxTextChars?: number;
}

export type ParseResult = { ok: true; message: MailMessage } | { ok: false; error: string };

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
export const DEFAULT_MAX_TEXT_CHARS = 64 * 1024;

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ORIGINAL_TYPES = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
  'message/partial',
]);

function bytesOf(content: Attachment['content']): Uint8Array {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function readDsn(attachments: readonly Attachment[]): DsnRecipient[] {
  return attachments
    .filter((a) => DSN_TYPES.has(a.mimeType))
    .flatMap((a) => parseDeliveryStatus(Buffer.from(bytesOf(a.content)).toString('utf8')));
}

/** The returned copy of a bounce: an attached message or its headers, else a Message-ID quoted in the text. */
function readOriginal(attachments: readonly Attachment[], text: string): OriginalMessage | null {
  for (const a of attachments) {
    if (!ORIGINAL_TYPES.has(a.mimeType)) continue;
    const parsed = parseHeadersOnly(bytesOf(a.content));
    if (parsed.ok)
      return { messageId: parsed.headers.messageId, subject: parsed.headers.subject, to: parsed.headers.to };
  }
  const quoted = /^\s*message-id:\s*<([^<>\s]+)>/im.exec(text);
  return quoted?.[1] ? { messageId: quoted[1], subject: '', to: [] } : null;
}

function bodyText(email: Email, max: number): { text: string; truncated: boolean } {
  const full = email.text ?? (email.html ? htmlToText(email.html) : '');
  return full.length > max ? { text: full.slice(0, max), truncated: true } : { text: full, truncated: false };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Parses one raw RFC 822 message into a MailMessage: our own header reading (shared with the headers-only
 * parse) plus postal-mime for the MIME tree, transfer encodings, charsets and RFC 2047 words. Reads delivery
 * status reports and the returned copy of bounces. Never throws: truncated, mis-encoded, binary or oversized
 * input gives `{ ok: false, error }` for this message only.
 *
 * @example
 * const result = await parseMessage(Buffer.from('From: a@b.example\r\nSubject: Hi\r\n\r\nHello'));
 * // result.ok && result.message.text === 'Hello'
 */
export async function parseMessage(bytes: Uint8Array, options: ParseOptions = {}): Promise<ParseResult> {
  const maxHeaderBytes = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  const head = parseHeadersOnly(bytes, { maxHeaderBytes });
  if (!head.ok) return head;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const cut = bytes.length > maxBytes;
  let email: Email;
  try {
    email = await PostalMime.parse(cut ? bytes.subarray(0, maxBytes) : bytes, {
      forceRfc822Attachments: true,
      attachmentEncoding: 'arraybuffer',
      maxHeadersSize: maxHeaderBytes * 4,
      maxNestingDepth: 64,
      maxRfc822NestingDepth: 0,
    });
  } catch (error) {
    return { ok: false, error: `unreadable MIME structure: ${describe(error)}` };
  }
  try {
    const { text, truncated } = bodyText(email, options.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS);
    const message: MailMessage = {
      ...head.headers,
      text,
      textTruncated: truncated || cut,
      dsn: readDsn(email.attachments),
      original: readOriginal(email.attachments, text),
      attachmentsCount: email.attachments.length,
    };
    return { ok: true, message };
  } catch (error) {
    return { ok: false, error: `unreadable message body: ${describe(error)}` };
  }
}
