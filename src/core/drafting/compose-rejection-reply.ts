import { seedFiles } from '../model';
import type { ComposedEmail } from './compose-follow-up';
import type { DraftFacts } from './facts';
import { greeting } from './people';
import { companyOrTeam, roleRef } from './phrases';
import { signOff } from './sign-off';
import { paragraph, paragraphs } from './text';
import type { Variation } from './variation';

/**
 * The one reply to a rejection (003): thanks for their time and for letting you know, continued interest in
 * future roles, and a request for exactly one actionable thing to improve, asked as the message's only
 * question so it is easy to answer.
 *
 * @example
 * composeRejectionReply(facts, variationFor(app.id, action.id)).body;
 * // 'Dear Dana,\n\nThank you for letting me know your decision on the Backend Engineer role ...'
 */
export function composeRejectionReply(facts: DraftFacts, variation: Variation): ComposedEmail {
  const role = roleRef(facts);
  const thanks = variation.pick('thanks', [
    `Thank you for letting me know your decision on ${role}, and for the time you spent on my application.`,
    `Thank you for getting back to me about ${roleRef(facts, 'position')}; I appreciate you taking the time to let me know.`,
    `Thank you for letting me know about ${role}, and for considering my application so carefully.`,
  ]);
  const company = companyOrTeam(facts);
  const interest = variation.pick('interest', [
    `I enjoyed learning about ${company}, and I would still be very interested in future roles there.`,
    `I remain keen to work with ${company}, so I hope you will keep me in mind for future openings.`,
    `I would still love to work with ${company} one day, and would welcome hearing about future roles.`,
    `I am still very interested in ${company}, and would be glad to be considered for future roles.`,
  ]);
  const ask = variation.pick('ask', [
    'If you have a moment, what is one thing I could do to become a stronger candidate for a role like this?',
    'If you are able to share it, what is the one change that would most improve my application next time?',
    'Could you point me to one thing I could work on to be a stronger candidate in future?',
    'Would you be willing to share one thing that would have made my application stronger?',
  ]);
  const close = variation.pick('close', [
    'Thank you again, and all the best with the search.',
    'Thanks again for your time.',
    'Thank you again for your consideration.',
  ]);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'formal'),
      paragraph([thanks, interest]),
      paragraph([ask, close]),
      signOff(facts, variation, true),
    ]),
    sources: seedFiles('003'),
  };
}
