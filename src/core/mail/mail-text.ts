/**
 * Lines that start the quoted copy of an earlier message in a reply. What follows them was written by
 * someone else (often the user), so phrases found there say nothing about the reply itself.
 */
const QUOTE_HEADERS: readonly RegExp[] = [
  /^\s*on\b.{0,200}\bwrote:?\s*$/i,
  /^\s*-{2,}\s*(?:original message|forwarded message|message d'origine|ursprüngliche nachricht)\s*-{2,}/i,
  /^\s*_{10,}\s*$/,
  /^\s*from:\s.+$/i,
  /^\s*le\b.{0,200}\ba écrit\s*:\s*$/i,
  /^\s*am\b.{0,200}\bschrieb\b.{0,120}:\s*$/i,
  /^\s*op\b.{0,200}\bschreef\b.{0,120}:\s*$/i,
];

/**
 * Cuts a reply down to what its author wrote: lines quoted with `>` are dropped, and so is everything from
 * the first "On ... wrote:" or "-----Original Message-----" line on.
 *
 * @example
 * stripQuotedReply('Thanks!\n\nOn Mon, Jane wrote:\n> I applied'); // 'Thanks!\n'
 */
export function stripQuotedReply(text: string): string {
  const lines = text.split(/\r?\n/);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (QUOTE_HEADERS.some((re) => re.test(line))) {
      // A From: line only starts a quoted block when it is followed by the other fields of one.
      if (/^\s*from:/i.test(line) && !/^\s*(?:sent|date|to|subject):/i.test(lines[i + 1] ?? '')) {
        kept.push(line);
        continue;
      }
      break;
    }
    if (/^\s*>/.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n');
}

/**
 * Lower-cases text and folds the typographic variants that phrase rules should not have to spell out:
 * curly quotes, non-breaking spaces and runs of white space.
 *
 * @example
 * normaliseForMatching('We’re  SORRY'); // "we're sorry"
 */
export function normaliseForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u00a0\u2000-\u200b\u202f\u3000\s]+/g, ' ')
    .trim();
}

/** How much of a body the phrase rules read. Job mail says what it is in its first screens. */
export const MATCH_TEXT_LIMIT = 12_000;

/**
 * The body as the phrase rules read it: the author's own words, normalised and cut to a bounded length.
 *
 * @example
 * bodyForMatching('Hello,\n> quoted\nWe RECEIVED it'); // 'hello, we received it'
 */
export function bodyForMatching(text: string): string {
  return normaliseForMatching(stripQuotedReply(text.slice(0, MATCH_TEXT_LIMIT * 2))).slice(
    0,
    MATCH_TEXT_LIMIT,
  );
}
