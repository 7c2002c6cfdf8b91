import { decodeWords } from 'postal-mime';
import { KEPT_HEADERS } from '../../core/mail/kept-headers';
import {
  normaliseMessageId,
  type HeaderMap,
  type MailAddress,
  type MailHeaders,
} from '../../core/mail/mail-message';
import { parseAddressList } from './address-list';
import { findHeaderEnd, parseHeaderFields } from './header-block';
import { parseMailDate } from './rfc2822-date';

/** Real header sections stay far below this; anything larger is hostile or broken and is refused. */
export const DEFAULT_MAX_HEADER_BYTES = 256 * 1024;

/** The fields a headers-only parse reads: the envelope-like ones and those the classifier needs. */
const WANTED: ReadonlySet<string> = new Set([
  ...KEPT_HEADERS,
  'from',
  'to',
  'cc',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
]);

const HIGH_BYTE = /[\u0080-\u00ff]/;

export interface HeaderParseOptions {
  maxHeaderBytes?: number;
}

export type HeadersResult =
  { ok: true; headers: MailHeaders; bodyStart: number } | { ok: false; error: string };

function ids(value: string | undefined): string[] {
  if (!value) return [];
  // The common case, one bracketed id, needs no regular expression.
  if (value.charCodeAt(0) === 0x3c && value.indexOf('>') === value.length - 1 && value.indexOf(' ') < 0) {
    return value.length > 2 && value.length <= 998 ? [value.slice(1, -1)] : [];
  }
  const bracketed = value.match(/<[^<>\s]+>/g);
  const raw = bracketed ?? value.split(/[\s,]+/);
  return raw
    .map((id) => normaliseMessageId(id))
    .filter((id): id is string => id !== null && id.length <= 998);
}

function decode(value: string): string {
  return value.includes('=?') ? decodeWords(value) : value;
}

/**
 * Builds the header part of a message from unfolded fields. Shared by the headers-only parse, the full parse
 * and the reading of a bounce's returned copy, so all three agree on every field. The first occurrence of a
 * single-valued field wins, as in postal-mime.
 */
export function headersFromFields(fields: readonly [string, string][]): MailHeaders {
  let messageId: string | undefined;
  let inReplyTo: string | undefined;
  let references = '';
  let from: string | undefined;
  let replyTo: string | undefined;
  let subject: string | undefined;
  let date: string | undefined;
  const to: MailAddress[] = [];
  const cc: MailAddress[] = [];
  const kept: Record<string, string[]> = {};
  for (const [name, value] of fields) {
    switch (name) {
      case 'message-id':
        messageId ??= value;
        break;
      case 'in-reply-to':
        inReplyTo ??= value;
        break;
      case 'references':
        references = references === '' ? value : `${references} ${value}`;
        break;
      case 'from':
        from ??= value;
        break;
      case 'reply-to':
        replyTo ??= value;
        break;
      case 'subject':
        subject ??= value;
        break;
      case 'date':
        date ??= value;
        break;
      case 'to':
        to.push(...parseAddressList(value));
        break;
      case 'cc':
        cc.push(...parseAddressList(value));
        break;
      default:
        (kept[name] ??= []).push(value);
    }
  }
  return {
    messageId: ids(messageId)[0] ?? null,
    inReplyTo: ids(inReplyTo)[0] ?? null,
    references: ids(references),
    from: from === undefined ? null : (parseAddressList(from)[0] ?? null),
    to,
    cc,
    replyTo: replyTo === undefined ? null : (parseAddressList(replyTo)[0] ?? null),
    subject: subject === undefined ? '' : decode(subject).replace(/\s+/g, ' ').trim(),
    date: parseMailDate(date),
    headers: kept as HeaderMap,
  };
}

/**
 * Reads only the header section of a raw RFC 822 message, for the mbox pre-filter: no body decoding, no MIME
 * tree. Never throws; input that has no header fields, or headers larger than the limit, is an error value.
 *
 * @example
 * const r = parseHeadersOnly(Buffer.from('Subject: Hi\r\nFrom: a@b.example\r\n\r\nbody'));
 * // r.ok && r.headers.subject === 'Hi'
 */
export function parseHeadersOnly(bytes: Uint8Array, options: HeaderParseOptions = {}): HeadersResult {
  const limit = options.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES;
  try {
    const bounds = findHeaderEnd(bytes, limit);
    if (!bounds) return { ok: false, error: `header section is larger than ${limit} bytes` };
    const buffer = Buffer.isBuffer(bytes)
      ? bytes
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Latin-1 decoding is a plain byte copy; the few values with 8-bit bytes (raw UTF-8 headers, RFC 6532)
    // are decoded again as UTF-8 below, which keeps the common all-ASCII header cheap.
    const { fields, hasFields } = parseHeaderFields(buffer.toString('latin1', 0, bounds.end), WANTED);
    for (const field of fields)
      if (HIGH_BYTE.test(field[1])) field[1] = Buffer.from(field[1], 'latin1').toString('utf8');
    if (!hasFields) return { ok: false, error: 'not an RFC 822 message: no header fields' };
    return { ok: true, headers: headersFromFields(fields), bodyStart: bounds.bodyStart };
  } catch (error) {
    return {
      ok: false,
      error: `unreadable header section: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
