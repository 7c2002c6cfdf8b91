import type { DraftFacts } from './facts';
import type { Options, Variation } from './variation';

/** The first line of a signature that already closes the message: "Best regards," or "Thanks,". */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest)\s+(?:regards|wishes)|regards|sincerely|yours\b.*|thanks\b.*|thank\s+you\b.*|many\s+thanks|cheers|all\s+the\s+best|best|with\s+thanks)\s*[,.!]?$/i;

const CLOSINGS: Options<string> = ['Best regards', 'Kind regards', 'With thanks', 'All the best'];
/** For a message whose last line already thanks them: "Many thanks.\n\nWith thanks," says it twice. */
const CLOSINGS_AFTER_THANKS: Options<string> = ['Best regards', 'Kind regards', 'Best wishes', 'All the best'];

/**
 * The closing lines. The user's signature is used as they wrote it, with a closing line added only when it
 * has none. Without a signature, the closing and the user's name; without a name either, the closing stands
 * as a sentence of its own, so nothing reads as a blank. `afterThanks` says the line before it already thanks
 * them, so the closing does not thank them again.
 *
 * @example
 * signOff({ signature: 'Best,\nAlex', userName: 'Alex' } as DraftFacts, variation); // 'Best,\nAlex'
 */
export function signOff(
  facts: Pick<DraftFacts, 'signature' | 'userName'>,
  variation: Variation,
  afterThanks = false,
): string {
  const closing = variation.pick('closing', afterThanks ? CLOSINGS_AFTER_THANKS : CLOSINGS);
  if (facts.signature !== null) {
    const firstLine = facts.signature.split('\n')[0]?.trim() ?? '';
    return CLOSING.test(firstLine) ? facts.signature : `${closing},\n${facts.signature}`;
  }
  return facts.userName === null ? `${closing}.` : `${closing},\n${facts.userName}`;
}
