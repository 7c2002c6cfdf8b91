import type { DraftFacts } from './facts';
import { headlinePhrase } from './headline';
import type { StrengthMatch } from './skill-match';
import type { Variation } from './variation';

/**
 * Whether the posting's words are only part of the strength ("event-driven" for "event-driven
 * architecture"): quoting the fragment would leave a dangling adjective, so the strength is named alone.
 */
function namesItself(match: StrengthMatch): boolean {
  return match.verbatim || match.strength.toLowerCase().includes(match.evidence.toLowerCase());
}

/**
 * The sentence that highlights one strength the posting asks for (000: "highlight a relevant skill").
 * A strength the posting names itself is named once; otherwise the sentence quotes the posting's words as
 * the evidence.
 *
 * @example
 * strengthSentence({ strength: 'PostgreSQL tuning', evidence: 'Postgres', verbatim: false, score: 1 }, v, 'a');
 * // 'I noticed the posting mentions Postgres; PostgreSQL tuning is one of my strongest areas.', or another phrasing
 */
export function strengthSentence(match: StrengthMatch, variation: Variation, part: string): string {
  const { strength, evidence } = match;
  // The posting says the strength itself, so the sentence names it as the user does; the posting's
  // inflection ("scheduled" for "scheduling") would not fit the sentence.
  if (namesItself(match)) {
    return variation.pick(part, [
      `The posting's focus on ${strength} is a close match for my experience.`,
      `I was glad to see ${strength} in the posting, as it is one of my strongest areas.`,
      `My experience with ${strength} looks like a close match for what the posting describes.`,
    ]);
  }
  return variation.pick(part, [
    `I noticed the posting mentions ${evidence}; ${strength} is one of my strongest areas.`,
    `The posting's emphasis on ${evidence} stood out to me, as ${strength} is where I have done some of my best work.`,
    `Given the focus on ${evidence} in the posting, I think my experience with ${strength} would be useful from day one.`,
  ]);
}

/**
 * The user's headline as a sentence, for when no strength matches the posting, or `null` when the headline
 * does not read as a noun phrase: it is then left out rather than pasted in raw.
 *
 * @example
 * headlineSentence('Backend engineer, 8 years in payments', v, 'highlight');
 * // 'As a backend engineer with 8 years in payments, I would bring directly relevant experience to the team.'
 */
export function headlineSentence(headline: string, variation: Variation, part: string): string | null {
  const who = headlinePhrase(headline);
  if (who === null) return null;
  return variation.pick(part, [
    `As ${who}, I would bring directly relevant experience to the team.`,
    `As a reminder of my background, I am ${who}.`,
  ]);
}

/**
 * The first follow-up's highlight: the best-matching strength, else the headline, else nothing (the
 * sentence is left out rather than left with a gap).
 */
export function firstHighlight(facts: DraftFacts, variation: Variation): string | null {
  const best = facts.matches[0];
  if (best !== undefined) return strengthSentence(best, variation, 'highlight');
  return facts.headline === null ? null : headlineSentence(facts.headline, variation, 'highlight');
}

/**
 * A new angle for the second follow-up: a recent achievement, or a strength other than the one the first
 * follow-up highlighted, or the headline if the first one used a strength.
 */
export function newAngle(facts: DraftFacts, variation: Variation): string | null {
  if (facts.achievement !== null) {
    return variation.pick('angle', [
      `One recent result that may be relevant: ${facts.achievement}.`,
      `A recent achievement that may interest you: ${facts.achievement}.`,
    ]);
  }
  const first = facts.matches[0]?.strength ?? null;
  const second = facts.matches[1];
  if (second !== undefined) {
    return namesItself(second)
      ? variation.pick('angle', [
          `I also have solid experience with ${second.strength}, which the posting asks for.`,
          `The posting also asks for ${second.strength}, another area where I have done a lot of work.`,
        ])
      : variation.pick('angle', [
          `I noticed the posting also mentions ${second.evidence}, where my experience with ${second.strength} would help.`,
          `The posting also mentions ${second.evidence}; ${second.strength} is another of my strengths.`,
        ]);
  }
  const other = facts.strengths.find((strength) => strength !== first);
  if (other !== undefined) {
    return variation.pick('angle', [
      `I would also bring solid experience with ${other}.`,
      `Another strength I would bring to the team is ${other}.`,
    ]);
  }
  if (first !== null && facts.headline !== null) return headlineSentence(facts.headline, variation, 'angle');
  return null;
}
