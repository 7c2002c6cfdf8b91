import { seedFiles } from '../model';
import type { ComposedEmail } from './compose-follow-up';
import { daysBetween, formatDay } from './dates';
import type { DraftFacts } from './facts';
import { greeting } from './people';
import { atCompany, companyOrTeam, interviewPhrase, roleRef } from './phrases';
import { signOff } from './sign-off';
import { paragraph, paragraphs } from './text';
import type { Variation } from './variation';

/** "about two weeks", for the time since the interview when no timeline was stated. */
function elapsed(days: number | null): string | null {
  if (days === null || days < 2) return null;
  if (days < 7) return `${days} days`;
  const weeks = Math.round(days / 7);
  return weeks === 1
    ? 'about a week'
    : `about ${['two', 'three', 'four', 'five', 'six'][weeks - 2] ?? 'several'} weeks`;
}

/** The reference to the timeline: the stated next-step date, the posting's decision date, or the time since. */
function timelineSentence(facts: DraftFacts, variation: Variation): { sentence: string; stated: boolean } {
  const role = roleRef(facts);
  const when = interviewPhrase(facts);
  const nextStep = formatDay(facts.interview?.nextStepDate, facts.sendDate);
  const spoke = facts.interview?.recipientInterviewed === true;
  if (nextStep !== null) {
    return {
      stated: true,
      sentence: spoke
        ? variation.pick('timeline', [
            `When we spoke${when} about ${role}, you mentioned that you hoped to share next steps by ${nextStep}.`,
            `At our interview${when}, you kindly said I could expect to hear about next steps for ${role} by ${nextStep}.`,
          ])
        : `After my interview${when} for ${role}, I understood that next steps would be shared by ${nextStep}.`,
    };
  }
  const decision = formatDay(facts.decisionBy, facts.sendDate);
  if (decision !== null) {
    return {
      stated: true,
      sentence: `The posting for ${role}${atCompany(facts)} mentioned a decision by ${decision}, so I wanted to follow up on my interview${when}.`,
    };
  }
  const since = elapsed(daysBetween(facts.interview?.date, facts.sendDate));
  const meeting = spoke ? 'we spoke' : 'my interview';
  return {
    stated: false,
    sentence:
      since === null
        ? `I wanted to follow up on my interview${when} for ${role}.`
        : `It has been ${since} since ${meeting}${when} about ${role}, and I wanted to follow up.`,
  };
}

/**
 * A check-in after an interview (002, 003): polite, and built around the timeline they stated, or the time
 * that has passed when they stated none. Interest, one question about the timeline, and an offer of help.
 *
 * @example
 * composeCheckIn(facts, variationFor(app.id, action.id)).body;
 * // 'Hello Dana,\n\nWhen we spoke on 6 May about the Backend Engineer role, you mentioned ...'
 */
export function composeCheckIn(facts: DraftFacts, variation: Variation): ComposedEmail {
  const timeline = timelineSentence(facts, variation);
  const interest = variation.pick('interest', [
    `I remain very interested in the role and in joining ${companyOrTeam(facts)}.`,
    `The role is still very much one I would love to take on.`,
    `I am still very keen on the role and the work the team is doing${facts.company === null ? '' : ` at ${facts.company}`}.`,
  ]);
  const ask = timeline.stated
    ? variation.pick('ask', [
        'Could you let me know whether that timeline still holds?',
        'Is there any news you are able to share on where things stand?',
        'May I ask whether the decision is still on track for then?',
      ])
    : variation.pick('ask', [
        'Could you let me know where things stand, and what the next steps are?',
        'Is there any news you are able to share on the timeline?',
        'May I ask when you expect to make a decision?',
      ]);
  const offer = variation.pick('offer', [
    'If anything else would help your decision, I would be glad to provide it.',
    'Please let me know if I can send anything further in the meantime.',
    'I am happy to provide references or anything else that would be useful.',
  ]);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'formal'),
      paragraph([timeline.sentence, interest]),
      paragraph([ask, offer]),
      variation.pick('thanks', [
        'Thank you for your time.',
        'Many thanks.',
        'Thank you, and I look forward to hearing from you.',
      ]),
      signOff(facts, variation, true),
    ]),
    sources: seedFiles('002', '003'),
  };
}
