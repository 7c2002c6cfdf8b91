import type { DraftFacts } from './facts';
import type { StrengthMatch } from './skill-match';
import type { Variation } from './variation';

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
  if (match.verbatim) {
    return variation.pick(part, [
      `The posting's focus on ${strength} is a close match for my experience.`,
      `I was glad to see ${strength} in the posting, as it is one of my strongest areas.`,
      `My experience with ${strength} looks like a close match for what the posting describes.`,
    ]);
  }
  return variation.pick(part, [
    `I noticed the posting mentions ${evidence}; ${strength} is one of my strongest areas.`,
    `The posting's emphasis on ${evidence} stood out to me, as ${strength} is where I have done some of my best work.`,
    `Given the focus on ${evidence} in the posting, I think my experience in ${strength} would be useful from day one.`,
  ]);
}

/** The user's headline as a sentence, for when no strength matches the posting. */
export function headlineSentence(headline: string, variation: Variation, part: string): string {
  return variation.pick(part, [
    `A quick reminder of my background: ${headline}.`,
    `For context, my background in one line: ${headline}.`,
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
    return variation.pick('angle', [
      `I noticed the posting also mentions ${second.evidence}, where my experience in ${second.strength} would help.`,
      `I would also bring ${second.strength}, which the posting asks for.`,
    ]);
  }
  const other = facts.strengths.find((strength) => strength !== first);
  if (other !== undefined) {
    return variation.pick('angle', [
      `I would also bring solid experience in ${other}.`,
      `Another strength I would bring to the team is ${other}.`,
    ]);
  }
  if (first !== null && facts.headline !== null) return headlineSentence(facts.headline, variation, 'angle');
  return null;
}
