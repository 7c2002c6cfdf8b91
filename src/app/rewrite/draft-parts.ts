import { bodyBeforeClosing } from '../../core/linting';

/** An email draft cut where a rewrite may change it: only the middle goes to the model. */
export interface DraftParts {
  /** "Dear Dana," or `null` when the body opens without a greeting line. */
  greeting: string | null;
  middle: string;
  /** The closing line and the signature, kept exactly as the user wrote them. */
  signOff: string;
}

const GREETING = /^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening))\b[^\n]*,[ \t]*(?:\n|$)/i;

/**
 * Splits an email body into its greeting, middle and sign-off. Keeping the greeting and the signature out of
 * the model's hands means a rewrite cannot misspell the contact's name or the user's own.
 *
 * @example
 * splitDraft('Dear Dana,\n\nThanks.\n\nBest,\nAlex'); // { greeting: 'Dear Dana,', middle: 'Thanks.', signOff: 'Best,\nAlex' }
 */
export function splitDraft(body: string): DraftParts {
  const normalised = body.replace(/\r\n?/g, '\n');
  const greetingMatch = GREETING.exec(normalised);
  const greeting = greetingMatch === null ? null : greetingMatch[0].trim();
  const rest = greetingMatch === null ? normalised : normalised.slice(greetingMatch[0].length);
  const beforeClosing = bodyBeforeClosing(rest);
  return { greeting, middle: beforeClosing.trim(), signOff: rest.slice(beforeClosing.length).trim() };
}

/** Puts the parts back together with blank lines between them. */
export function joinDraft(parts: DraftParts): string {
  return [parts.greeting, parts.middle, parts.signOff]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
}

/**
 * Cleans a model's middle: a greeting or sign-off it added anyway is dropped, line endings are normalised
 * and runs of blank lines shrink to one.
 *
 * @example
 * cleanMiddle('Hi Dana,\nThanks for today.\n\nBest,\nAlex'); // 'Thanks for today.'
 */
export function cleanMiddle(text: string): string {
  const { middle } = splitDraft(text.trim());
  return middle
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
