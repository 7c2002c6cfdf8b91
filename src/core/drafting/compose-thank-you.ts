import { seedFiles } from '../model';
import type { ComposedEmail } from './compose-follow-up';
import { formatDay } from './dates';
import type { DraftFacts } from './facts';
import { greeting } from './people';
import { companyOrTeam, interviewPhrase, roleRef } from './phrases';
import { rankStrengths } from './skill-match';
import { signOff } from './sign-off';
import { paragraph, paragraphs } from './text';
import type { Variation } from './variation';

/** Two points make it personal; more turns a note into minutes. */
const MAX_POINTS = 2;

/**
 * The points joined so each keeps its own preposition: "about moving billing to event sourcing and about the
 * on-call rotation". A bare "and" would read as one topic ("moving billing to event sourcing and on-call").
 */
function topics(points: readonly string[], preposition: string): string {
  return points.map((point) => `${preposition} ${point}`).join(' and ');
}

function discussionSentence(points: string[], variation: Variation): string | null {
  if (points.length === 0) return null;
  const kept = points.slice(0, MAX_POINTS);
  return variation.pick('discussion', [
    `I especially enjoyed our conversation ${topics(kept, 'about')}.`,
    `Our discussion ${topics(kept, 'of')} was a highlight for me, and it has stayed with me since.`,
    `Since we spoke, I have been thinking further ${topics(kept, 'about')}.`,
    `It was great to hear your perspective ${topics(kept, 'on')}.`,
  ]);
}

/** Reiterates fit (004: focus on your fit for the role), tied to the discussion when a strength relates. */
function fitSentence(facts: DraftFacts, variation: Variation): string {
  const related =
    rankStrengths(facts.strengths, (facts.interview?.discussed ?? []).join('. '))[0] ?? facts.matches[0];
  if (related !== undefined) {
    return variation.pick('fit', [
      `It made me even more confident that my experience with ${related.strength} would let me contribute quickly.`,
      `I left convinced that my background in ${related.strength} would be a good fit for the team.`,
      `It reinforced my sense that my work with ${related.strength} matches what the team needs.`,
      `Hearing about your plans, I could see where ${related.strength} would make a difference from the start.`,
    ]);
  }
  return variation.pick('fit', [
    `I left even more enthusiastic about joining ${companyOrTeam(facts)}, and confident I would be a good fit.`,
    `The conversation confirmed my sense that the role is a strong fit for my experience.`,
    `Everything I heard made me more certain that the role suits my experience well.`,
    `I came away keen to bring my experience to the challenges you described.`,
  ]);
}

function nextStepSentence(facts: DraftFacts, variation: Variation): string {
  const date = formatDay(facts.interview?.nextStepDate, facts.sendDate);
  if (date === null) {
    return variation.pick('next', [
      'I look forward to hearing about the next steps.',
      'I look forward to the next steps in the process.',
      'I would be glad to help with anything you need for the next stage.',
      'Please let me know if anything else would be useful as you decide.',
    ]);
  }
  return variation.pick('next', [
    `As you mentioned, the next step should come by ${date}, and I look forward to it.`,
    `I understand I should hear about the next steps by ${date}, and I look forward to it.`,
    `I look forward to hearing about the next steps by ${date}, as you mentioned.`,
    `I know you hope to share the next steps by ${date}; please let me know if anything would help before then.`,
  ]);
}

/**
 * A thank-you to one interviewer, addressed by name (001, 003, 004): thanks for their time, at least one point
 * from the discussion when one was recorded, the next steps and their date when known, and a word on fit.
 * Never salary or benefits: money-related points are left out when the facts are gathered.
 *
 * @example
 * composeThankYou(facts, variationFor(app.id, action.id)).body;
 * // 'Dear Dana,\n\nThank you for taking the time to speak with me on Tuesday about ...'
 */
export function composeThankYou(facts: DraftFacts, variation: Variation): ComposedEmail {
  const role = roleRef(facts);
  const when = interviewPhrase(facts);
  const thanks = variation.pick('thanks', [
    `Thank you for taking the time to speak with me${when} about ${role}.`,
    `Thank you for your time${when}; I enjoyed learning more about ${role} and the team${facts.company === null ? '' : ` at ${facts.company}`}.`,
    `Many thanks for meeting with me${when} to discuss ${roleRef(facts, 'position')}.`,
    `Thank you for the conversation${when} about ${role}; I appreciated your time and openness.`,
  ]);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'warm'),
      paragraph([thanks, discussionSentence(facts.interview?.discussed ?? [], variation)]),
      paragraph([fitSentence(facts, variation), nextStepSentence(facts, variation)]),
      signOff(facts, variation),
    ]),
    sources: seedFiles('001', '003', '004'),
  };
}
