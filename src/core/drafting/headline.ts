/**
 * The user's headline ("Backend engineer, 8 years in payments") is a note in their profile, not a sentence.
 * Pasting it after a colon reads as a form with a blank filled in; these helpers turn it into a noun phrase
 * a sentence can carry ("a backend engineer with 8 years in payments"), or give up so the sentence is left
 * out.
 */

/** Words that start a clause, not a noun phrase: "I build payment systems" cannot follow "As". */
const NOT_A_TITLE = /^(?:i|i['’]m|i['’]ve|my|we|our|me|currently|building|helping|passionate|looking)\b/i;
/** Where a headline's title ends and its detail begins: a comma, a bar, a dot or a spaced dash. */
const SEPARATOR = /\s*(?:,|\||·|•|;|\s[–—-]\s)\s*/;
const YEARS =
  /^(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|\d+\s*-\s*\d+)\s+(?:years?|yrs?)\b/i;
const JOINED = /^(?:with|focused\s+on|specialising\s+in|specializing\s+in|working\s+(?:in|on)|in|at|for)\b/i;
const MAX_TITLE_WORDS = 6;
/** A title ends in the job: "Engineering manager" is a title, "Building payment systems" is not. */
const JOB_NOUN =
  /(?:manager|lead|engineer|director|specialist|analyst|designer|consultant|head|officer|coordinator|architect|developer|scientist|executive|associate|assistant|writer|researcher|recruiter)s?$/i;

/** "a" or "an", by how the word is usually said. */
function article(word: string): string {
  if (/^[A-Z]{2,}/.test(word)) return /^[AEFHILMNORSX]/.test(word) ? 'an' : 'a';
  return /^(?:[aeio]|un(?!i))/i.test(word) ? 'an' : 'a';
}

/** Sentence-case titles lose their capital inside a sentence; Title Case ones keep theirs. */
function inSentence(title: string): string {
  const [first = '', ...rest] = title.split(' ');
  const sentenceCase = /^\p{Lu}\p{Ll}/u.test(first) && rest.every((w) => !/^\p{Lu}\p{Ll}/u.test(w));
  return sentenceCase
    ? first.charAt(0).toLowerCase() + first.slice(1) + (rest.length > 0 ? ` ${rest.join(' ')}` : '')
    : title;
}

/**
 * The headline as a noun phrase with its article, or `null` when it does not read as one.
 *
 * @example
 * headlinePhrase('Backend engineer, 8 years in payments'); // 'a backend engineer with 8 years in payments'
 * headlinePhrase('Senior Data Engineer | Spark, Airflow'); // 'a Senior Data Engineer'
 * headlinePhrase('I build payment systems'); // null
 */
export function headlinePhrase(headline: string): string | null {
  const [rawTitle = '', ...details] = headline.trim().split(SEPARATOR);
  const title = rawTitle.trim();
  const words = title.split(/\s+/).filter((word) => word.length > 0);
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || NOT_A_TITLE.test(title)) return null;
  if (!/^\p{L}/u.test(title)) return null;
  if (/\p{L}+ing$/u.test(words[0] ?? '') && !JOB_NOUN.test(title)) return null;
  const detail = details.length === 1 ? (details[0] ?? '').trim() : '';
  const phrase = inSentence(title);
  const base = `${article(phrase)} ${phrase}`;
  if (YEARS.test(detail)) return `${base} with ${detail}`;
  if (JOINED.test(detail)) return `${base} ${detail}`;
  return base;
}
