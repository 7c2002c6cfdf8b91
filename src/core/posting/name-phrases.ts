import { isStopWord, seams } from './glued-words';
import { namesARole, TITLE_CONNECTORS } from './role-words';

/** A capitalised word of a company name or title: "Acme", "LabCorp", "eBay", "3M", "C++", ".NET". */
const WORD = String.raw`(?:\.NET|\p{Lu}[\p{L}\p{N}+#&'’\-]*|(?!an?\p{Lu})\p{Ll}{1,2}\p{Lu}[\p{L}\p{N}\-]*|\p{N}[\p{L}\p{N}]*)`;
/** Up to five capitalised words, with "&", "and", "of" between them: "Johnson & Johnson", "Bank of America". */
export const ORG = String.raw`${WORD}(?:[ \t]+(?:(?:&|and|of|de|du|der)[ \t]+)?${WORD}){0,4}`;
/** Up to eight words of a job title: "Head of Sales", "Sales and Marketing Manager (m/f/d)". */
export const TITLE = String.raw`${WORD}(?:[ \t]+(?:(?:of|and|&|for|\/|-|–)[ \t]+)?${WORD}){0,7}(?:[ \t]*\((?:[mfwdx]\/){1,2}[mfwdx]\))?`;

const TITLE_HERE = new RegExp(TITLE, 'uy');
const ORG_AT_END = new RegExp(String.raw`(?<![\p{L}\p{N}'’&+#\-])(${ORG})[ \t]+$`, 'u');
const CUT_SHORT = /^(?:[ \t]+(?:of|for|and|&|in)[ \t]|,[ \t]*\p{Lu})/u;
const MORE_CAPITALS_BEFORE = /[\p{Lu}][\p{L}'’]*[ \t]+$/u;
const PREPOSITION_BEFORE =
  /(?:^|[^\p{L}])(?:in|at|from|of|with|near|by|for|to|and|or|our|your|their|his|her)[ \t]+$/iu;
const LEADING_FILLER = /^(?:Currently|Now|Today|Also|Why|So|And|But|Here|There|Then)[ \t]+/u;
const NOT_A_COMPANY =
  /^(?:we|our(?:\s+\S+)*|us|you|i|the(?:\s+(?:company|client|firm|team|role|position|job|candidate))?|company|client|this(?:\s+\S+)?|they|it|he|she|who|what|why)$/iu;

/** A piece of the posting: offsets into it. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The company name that ends right before `end` ("… Acme Corp is hiring"), or null when the words there
 * are not one: a pronoun, a place after "in", a tail of a longer capitalised run, or a role.
 *
 * @example
 * companyBefore('Acme Corp is hiring', 10); // { start: 0, end: 9 }
 */
export function companyBefore(text: string, end: number): Span | null {
  const from = Math.max(0, end - 90);
  const match = ORG_AT_END.exec(text.slice(from, end));
  const name = match?.[1];
  if (match === null || name === undefined) return null;
  let start = from + match.index;
  let nameEnd = start + name.length;
  const cut = seams(name).at(-1);
  if (cut !== undefined) start += cut;
  else if (MORE_CAPITALS_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return null;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
  start += LEADING_FILLER.exec(text.slice(start, nameEnd))?.[0].length ?? 0;
  nameEnd = Math.max(start, nameEnd);
  return acceptCompany(text, { start, end: nameEnd });
}

/**
 * Whether a span reads as a company name rather than a pronoun, a generic word or a job title.
 *
 * @example
 * acceptCompany('We', { start: 0, end: 2 }); // null
 */
export function acceptCompany(text: string, span: Span): Span | null {
  const name = text.slice(span.start, span.end);
  if (name.trim() === '' || NOT_A_COMPANY.test(name) || namesARole(name)) return null;
  const first = name.split(/\s+/u)[0] ?? '';
  // "The Climate Corporation" is a name; "Location Berlin" or "Monday" is not.
  if (first !== 'The' && isStopWord(first)) return null;
  return span;
}

/**
 * The job title that starts at `start`, cut at a lost line break or a label word, without trailing
 * connectors, and only when it names a role: "Senior Backend Engineer to join…" gives "Senior Backend
 * Engineer", "Informatica Tester Location: …" gives "Informatica Tester".
 *
 * @example
 * roleAt('Lead Mechanical Engineer to join us', 0); // { start: 0, end: 24 }
 */
export function roleAt(text: string, start: number): Span | null {
  TITLE_HERE.lastIndex = start;
  const title = TITLE_HERE.exec(text)?.[0];
  if (title === undefined) return null;
  const firstSeam = seams(title)[0];
  let words = title.slice(0, firstSeam ?? title.length);
  const stop = words.split(/([ \t]+)/u).findIndex((word, index) => index > 0 && isStopWord(word));
  if (stop > 0)
    words = words
      .split(/([ \t]+)/u)
      .slice(0, stop)
      .join('');
  for (;;) {
    const last = /[ \t]+(\S+)[ \t]*$/u.exec(words);
    if (last === null || !TITLE_CONNECTORS.has((last[1] ?? '').toLowerCase())) break;
    words = words.slice(0, last.index);
  }
  words = words.trimEnd();
  const single = !/\s/u.test(words);
  // A lone "Head" or "Manager" before "of machining" or ", Software Development" is a title cut short.
  if (single && CUT_SHORT.test(text.slice(start + words.length, start + words.length + 12))) return null;
  return namesARole(words) && !isStopWord(words) && !isStopWord(words.split(/\s/u)[0] ?? '')
    ? { start, end: start + words.length }
    : null;
}
