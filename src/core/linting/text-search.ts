import type { LintContext, LintDocument } from './types';

/** A stretch of the linted text. */
export interface Span {
  start: number;
  end: number;
}

export interface Match extends Span {
  text: string;
}

/**
 * Every match of `pattern` within `text`, with offsets shifted by `offset`. The pattern must carry the `g`
 * flag; a fresh copy is used so a shared pattern keeps no state between calls.
 *
 * @example
 * findAll(/b/g, 'abcb', 10); // [{ start: 11, end: 12, text: 'b' }, { start: 13, end: 14, text: 'b' }]
 */
export function findAll(pattern: RegExp, text: string, offset = 0): Match[] {
  const regex = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  const matches: Match[] = [];
  for (const m of text.matchAll(regex)) {
    if (m[0].length === 0) continue;
    const start = (m.index ?? 0) + offset;
    matches.push({ start, end: start + m[0].length, text: m[0] });
  }
  return matches;
}

/** Matches in the body only, with offsets into the whole linted text. */
export function findInBody(pattern: RegExp, doc: LintDocument): Match[] {
  return findAll(pattern, doc.body, doc.bodyStart);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where the company, role and contact name occur in the text. Names are the user's facts, not their tone:
 * "Yahoo!" is not an exclamation and a "Compensation Analyst" role is not salary talk.
 */
export function protectedSpans(doc: LintDocument, context: LintContext): Span[] {
  const names = [context.company, context.role, context.contactName]
    .map((name) => (name ?? '').trim())
    .filter((name) => name.length > 0);
  return names.flatMap((name) => findAll(new RegExp(escapeRegExp(name), 'gi'), doc.text));
}

/** Whether a match lies inside one of the protected spans. */
export function isInside(match: Span, spans: readonly Span[]): boolean {
  return spans.some((span) => match.start >= span.start && match.end <= span.end);
}

/** Whether a match shares any character with one of the protected spans. */
export function overlapsAny(match: Span, spans: readonly Span[]): boolean {
  return spans.some((span) => match.start < span.end && match.end > span.start);
}

/** Whether the text contains the phrase, ignoring case and runs of spaces. */
export function containsPhrase(text: string, phrase: string): boolean {
  const normalise = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ').trim();
  const needle = normalise(phrase);
  return needle.length > 0 && normalise(text).includes(needle);
}

/**
 * A line that closes a message: "Best regards,", "Thanks,", "Sincerely". Words after it are the signature,
 * which is the user's own and does not count towards length or tone.
 */
const CLOSING_LINE =
  /^\s*(?:(?:best|kind|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|sincerely|yours(?:\s+(?:sincerely|truly))?|thanks(?:\s+again)?|thank\s+you(?:\s+again)?|many\s+thanks|cheers|all\s+the\s+best|best|with\s+thanks|with\s+appreciation|respectfully)\s*[,.!]?\s*$/i;

/**
 * The body up to, not including, its closing line. The last closing-like line counts, so a "Thank you."
 * in the middle of a message is not mistaken for the sign-off. Without a closing line, the whole body.
 */
export function bodyBeforeClosing(body: string): string {
  const lines = body.split('\n');
  let offset = 0;
  let closingAt = body.length;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && CLOSING_LINE.test(line)) closingAt = offset;
    offset += line.length + 1;
  }
  return body.slice(0, closingAt);
}

/** Words in the text, counted as runs of letters or digits. */
export function wordSpans(text: string, offset = 0): Match[] {
  return findAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, text, offset);
}
