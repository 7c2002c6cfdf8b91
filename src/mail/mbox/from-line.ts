/** A separator line carries the envelope sender and a ctime-style date, so it always has a time of day. */
const FROM_LINE = /^From \S*.*\b\d{1,2}:\d{2}/;
const MAX_LINE = 1024;
const GT_FROM = Buffer.from('>From ');

/**
 * True when the bytes at `pos` start an mbox separator line: `From `, a sender, and a date with a time.
 * Body lines that happen to start with "From " ("From the team...") have no time of day and do not match.
 *
 * @example
 * isFromLine(Buffer.from('From jane@x Mon Mar  3 10:00:00 2025\n'), 0); // true
 */
export function isFromLine(bytes: Buffer, pos: number): boolean {
  if (bytes[pos] !== 0x46 || bytes[pos + 4] !== 0x20) return false;
  let end = bytes.indexOf(0x0a, pos);
  if (end < 0 || end - pos > MAX_LINE) end = Math.min(bytes.length, pos + MAX_LINE);
  return FROM_LINE.test(bytes.toString('latin1', pos, end));
}

/**
 * Undoes mboxrd quoting: a body line `>From `, `>>From `... loses one `>`. Returns the input itself when
 * there is nothing to undo, which is nearly always, so the common case copies nothing.
 *
 * @example
 * unescapeMboxrd(Buffer.from('a\n>From b\n')).toString(); // 'a\nFrom b\n'
 */
export function unescapeMboxrd(bytes: Buffer): Buffer {
  let hit = bytes.indexOf(GT_FROM);
  if (hit < 0) return bytes;
  const parts: Buffer[] = [];
  let copied = 0;
  while (hit >= 0) {
    // Walk back over the run of '>' to the start of the line; only a line made of '>'s then "From " is quoted.
    let lineStart = hit;
    while (lineStart > 0 && bytes[lineStart - 1] === 0x3e) lineStart -= 1;
    if (lineStart === 0 || bytes[lineStart - 1] === 0x0a) {
      parts.push(bytes.subarray(copied, lineStart));
      copied = lineStart + 1;
    }
    hit = bytes.indexOf(GT_FROM, hit + GT_FROM.length);
  }
  parts.push(bytes.subarray(copied));
  return Buffer.concat(parts);
}
