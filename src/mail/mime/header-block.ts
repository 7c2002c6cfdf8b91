/** Where the header section of a message ends, and where its body starts. */
export interface HeaderBounds {
  /** Offset of the blank line that ends the headers (or of the end of input when there is none). */
  end: number;
  /** Offset of the first body byte. */
  bodyStart: number;
}

const LF_LF = Buffer.from('\n\n');
const LF_CRLF = Buffer.from('\n\r\n');

/**
 * Finds the blank line that ends the header section, looking no further than `limit` bytes. Returns null when
 * the headers run past the limit, which is how a gigantic header is caught without reading all of it. A
 * message with no blank line at all and shorter than the limit is all headers. Two native searches over the
 * section cost less than one call per header line.
 */
export function findHeaderEnd(bytes: Uint8Array, limit: number): HeaderBounds | null {
  const view = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const head = view.length > limit ? view.subarray(0, limit + 3) : view;
  // Search first for the line ending the message uses, then for the other only before what was found, so
  // that neither search runs on through the body.
  const firstLf = head.indexOf(0x0a);
  const crlfFirst = firstLf > 0 && head[firstLf - 1] === 0x0d;
  const primary = head.indexOf(crlfFirst ? LF_CRLF : LF_LF);
  const other = (primary < 0 ? head : head.subarray(0, primary + 2)).indexOf(crlfFirst ? LF_LF : LF_CRLF);
  const lf = crlfFirst ? other : primary;
  const crlf = crlfFirst ? primary : other;
  const at = lf < 0 ? crlf : crlf < 0 ? lf : Math.min(lf, crlf);
  if (at >= 0 && at < limit) return { end: at + 1, bodyStart: at === crlf ? at + 3 : at + 2 };
  if (bytes.length <= limit) return { end: bytes.length, bodyStart: bytes.length };
  return null;
}

export interface HeaderFields {
  /** The wanted fields, unfolded, in document order. */
  fields: [string, string][];
  /** Whether the section has at least one well-formed field, wanted or not. */
  hasFields: boolean;
}

const firstLetters = new WeakMap<ReadonlySet<string>, Uint8Array>();

/** A table of the first characters of the wanted names, in both cases, to pass over other lines cheaply. */
function firstLetterTable(wanted: ReadonlySet<string>): Uint8Array {
  let table = firstLetters.get(wanted);
  if (!table) {
    table = new Uint8Array(128);
    for (const name of wanted) {
      const c = name.charCodeAt(0);
      if (c < 128) table[c] = 1;
      if (c >= 0x61 && c <= 0x7a) table[c - 32] = 1;
    }
    firstLetters.set(wanted, table);
  }
  return table;
}

/**
 * Splits a header section into unfolded fields, lower-casing names. When `wanted` is given, other fields are
 * passed over without building their names or values. Lines that are not fields (garbage, a stray mbox
 * `From ` line) are ignored, and `hasFields` tells a section of garbage from one with a few bad lines.
 *
 * @example
 * parseHeaderFields('Subject: a\r\n b\r\nX-Y: z', null).fields; // [['subject', 'a b'], ['x-y', 'z']]
 */
export function parseHeaderFields(text: string, wanted: ReadonlySet<string> | null): HeaderFields {
  const fields: [string, string][] = [];
  const table = wanted === null ? null : firstLetterTable(wanted);
  let hasFields = false;
  let name: string | null = null;
  let value = '';
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const lineStart = start;
    start = end + 1;
    const first = text.charCodeAt(lineStart);
    if (first === 0x20 || first === 0x09) {
      if (name !== null) value += ` ${asciiTrim(text.slice(lineStart, lineEnd))}`;
      continue;
    }
    if (name !== null) fields.push([name, asciiTrim(value)]);
    name = null;
    if (hasFields && table !== null && (first >= 128 || table[first] !== 1)) continue;
    const colon = text.indexOf(':', lineStart);
    // Field names are printable ASCII without spaces (RFC 5322 section 2.2); anything else is not a field.
    if (colon <= lineStart || colon > lineEnd || colon - lineStart > 76) continue;
    const key = text.slice(lineStart, colon).trimEnd();
    if (!isFieldName(key)) continue;
    hasFields = true;
    const lower = key.toLowerCase();
    if (wanted !== null && !wanted.has(lower)) continue;
    name = lower;
    value = text.slice(colon + 1, lineEnd);
  }
  if (name !== null) fields.push([name, asciiTrim(value)]);
  return { fields, hasFields };
}

/**
 * Trims spaces and tabs only. The text may be Latin-1-decoded UTF-8, where U+00A0 is the second byte of
 * characters such as "à", so String.prototype.trim would cut characters in half.
 */
function asciiTrim(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value.charCodeAt(start) === 0x20 || value.charCodeAt(start) === 0x09)) start += 1;
  while (end > start && (value.charCodeAt(end - 1) === 0x20 || value.charCodeAt(end - 1) === 0x09)) end -= 1;
  return value.slice(start, end);
}

/** Printable ASCII without spaces or colons, checked without a regular expression on this hot path. */
function isFieldName(key: string): boolean {
  if (key.length === 0) return false;
  for (let i = 0; i < key.length; i += 1) {
    const c = key.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}
