/**
 * Small helpers that look around a match without leaving its sentence, shared by the finders. They look at
 * most a fixed number of characters either way, so they cost the same on any input.
 */

const BREAK = String.raw`[.!?;\n\r\u2022](?=\s|[A-Z]|$)|[\n\r\u2022]`;
const SENTENCE_BREAK = new RegExp(BREAK);
const SENTENCE_BREAKS = new RegExp(BREAK, 'g');

/**
 * Up to `limit` characters before `index`, cut at the last sentence break.
 *
 * @example
 * textBefore('Thanks. Agencies, please do not', 18, 40); // ' Agencies, '
 */
export function textBefore(text: string, index: number, limit: number): string {
  const from = Math.max(0, index - limit);
  const slice = text.slice(from, index);
  let cut = 0;
  for (const match of slice.matchAll(SENTENCE_BREAKS)) cut = match.index + match[0].length;
  return slice.slice(cut);
}

/**
 * Up to `limit` characters after `index`, cut before the first sentence break (the break itself is kept,
 * so a caller can see that the phrase ended the sentence).
 *
 * @example
 * textAfter('No calls. Thanks', 8, 20); // '.'
 */
export function textAfter(text: string, index: number, limit: number): string {
  const slice = text.slice(index, index + limit);
  const match = SENTENCE_BREAK.exec(slice);
  return match === null ? slice : slice.slice(0, match.index + 1);
}

/** An apostrophe as typed, as typeset, or as mangled by a wrong encoding ("don€™t"). */
export const APOS = String.raw`(?:['’‘\x60´]|€™|â€™)`;
/** "do not", "don't", "dont". */
export const DO_NOT = String.raw`(?:do\s+not|don${APOS}?t)`;
