import { isFromLine, unescapeMboxrd } from './from-line';
import { MboxWindow, type MboxSource } from './mbox-window';

export type { MboxSource, MboxFileSource } from './mbox-window';

/** One message of an mbox file, with its byte range so an import can resume after it. */
export interface MboxMessage {
  ok: true;
  /** Absolute offset of the message's `From ` line. */
  offset: number;
  /** Bytes up to the next `From ` line: `offset + length` is where the next message starts. */
  length: number;
  /** The RFC 822 message: without its `From ` line and the separating line break. */
  bytes: Buffer;
}

/** A stretch of the file that is not a usable message: oversized, or data before the first `From ` line. */
export interface MboxError {
  ok: false;
  offset: number;
  length: number;
  error: string;
}

export type MboxItem = MboxMessage | MboxError;

export interface MboxReadOptions {
  /** The absolute offset the source starts at (for a file source, where reading starts). */
  startOffset?: number;
  /** A message larger than this is reported as an error and skipped, never buffered whole. */
  maxMessageBytes?: number;
  /** Undo mboxrd `>From ` quoting (default true). The scanner defers it to the messages it parses fully. */
  unescape?: boolean;
  /**
   * Give each message its own copy of its bytes (default true). With false, `bytes` is a view into the
   * reader's buffer that stays valid only until the next item is requested; a consumer that handles each
   * message before asking for the next, as the scanner does, saves a copy and all its garbage.
   */
  copy?: boolean;
}

export const DEFAULT_MAX_MESSAGE_BYTES = 50 * 1024 * 1024;

const SEPARATOR = Buffer.from('\nFrom ');
const FROM = Buffer.from('From ');
/** A `From ` line longer than this is not a separator; it bounds how much of a skipped message is kept. */
const MAX_FROM_LINE = 1024;

function messageBytes(region: Buffer, unescape: boolean, copy: boolean): Buffer {
  const lineEnd = region.indexOf(0x0a);
  let end = region.length;
  if (end > 0 && region[end - 1] === 0x0a) end -= 1;
  if (end > 0 && region[end - 1] === 0x0d) end -= 1;
  const body = lineEnd < 0 || lineEnd >= end ? region.subarray(end, end) : region.subarray(lineEnd + 1, end);
  const unescaped = unescape ? unescapeMboxrd(body) : body;
  return copy && unescaped === body ? Buffer.from(body) : unescaped;
}

function startsWithFromLine(data: Buffer): boolean {
  return data.length >= FROM.length && data.subarray(0, FROM.length).equals(FROM) && isFromLine(data, 0);
}

function isBlank(region: Buffer): boolean {
  for (const byte of region)
    if (byte !== 0x0a && byte !== 0x0d && byte !== 0x20 && byte !== 0x09) return false;
  return true;
}

/**
 * Streams the messages of an mbox file (mboxo or mboxrd, LF or CRLF) in constant memory whatever the file
 * size: data goes through one reused window, separators are found with `Buffer.indexOf`, and a message past
 * `maxMessageBytes` is dropped as it streams and reported as one error, after which reading resumes at the
 * next `From ` line. A `From ` line only separates messages when it looks like one (it carries a time of
 * day), so an unquoted "From the start..." in a body does not split it.
 *
 * @example
 * for await (const item of readMbox(createReadStream('mail.mbox'))) if (item.ok) console.log(item.offset);
 */
export async function* readMbox(source: MboxSource, options: MboxReadOptions = {}): AsyncGenerator<MboxItem> {
  const max = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const unescape = options.unescape ?? true;
  const copy = options.copy ?? true;
  const window = new MboxWindow(source, options.startOffset ?? 0);
  /** Whether the data starts at a `From ` line (a message) rather than at data before the first one. */
  let inMessage: boolean | null = null;
  /** While skipping an oversized message: where it started. */
  let skippedFrom: number | null = null;
  let searchFrom = 0;

  const emit = (region: Buffer, offset: number): MboxItem | null => {
    if (skippedFrom !== null) {
      const item: MboxError = {
        ok: false,
        offset: skippedFrom,
        length: offset + region.length - skippedFrom,
        error: `message is larger than ${max} bytes`,
      };
      skippedFrom = null;
      return item;
    }
    // A message that arrived whole gets the same limit as one that streamed past it.
    if (inMessage && region.length > max)
      return { ok: false, offset, length: region.length, error: `message is larger than ${max} bytes` };
    if (inMessage)
      return { ok: true, offset, length: region.length, bytes: messageBytes(region, unescape, copy) };
    if (isBlank(region)) return null;
    return {
      ok: false,
      offset,
      length: region.length,
      error: 'data before the first From line is not a message',
    };
  };

  while (await window.fill()) {
    let data = window.data();
    // Whether the file starts with a message can only be told once its first line is complete.
    if (inMessage === null && (data.indexOf(0x0a) >= 0 || data.length >= MAX_FROM_LINE))
      inMessage = startsWithFromLine(data);
    let next = 0;
    for (;;) {
      const at = data.indexOf(SEPARATOR, searchFrom);
      if (at < 0) {
        next = Math.max(0, data.length - SEPARATOR.length + 1);
        break;
      }
      if (data.indexOf(0x0a, at + 1) < 0 && data.length - at < MAX_FROM_LINE) {
        // The candidate From line is not complete yet: look at it again when more data has come.
        next = at;
        break;
      }
      if (!isFromLine(data, at + 1)) {
        searchFrom = at + 1;
        continue;
      }
      const item = emit(data.subarray(0, at + 1), window.base);
      if (item) yield item;
      window.consume(at + 1);
      data = window.data();
      inMessage = true;
      searchFrom = 0;
    }
    if (data.length > max || skippedFrom !== null) {
      // Keep only a tail long enough to hold a separator split across reads; the rest of the message goes.
      skippedFrom ??= window.base;
      const keep = Math.min(data.length, MAX_FROM_LINE + SEPARATOR.length);
      window.consume(data.length - keep);
      searchFrom = 0;
    } else {
      searchFrom = next;
    }
  }
  const rest = window.data();
  if (rest.length > 0 || skippedFrom !== null) {
    inMessage ??= startsWithFromLine(rest);
    const item = emit(rest, window.base);
    if (item) yield item;
  }
}
