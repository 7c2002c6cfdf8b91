import { seedFiles } from '../model';
import type { ComposedEmail } from './compose-follow-up';
import type { DraftFacts } from './facts';
import { greeting } from './people';
import { appliedPhrase, atCompany, roleRef } from './phrases';
import { signOff } from './sign-off';
import { paragraph, paragraphs } from './text';
import type { Variation } from './variation';

/**
 * The gentlest first touch (001): make sure the application arrived and ask whether they would like any
 * other information. Used for the planner's `follow_up.confirm_receipt`, the one note it plans when the posting
 * says only shortlisted candidates will be contacted.
 *
 * @example
 * composeConfirmReceipt(facts, variationFor(app.id, action.id)).body; // 'Dear Dana,\n\nI applied for ...'
 */
export function composeConfirmReceipt(facts: DraftFacts, variation: Variation): ComposedEmail {
  const role = roleRef(facts);
  const applied = appliedPhrase(facts);
  const opener = variation.pick('opener', [
    `I applied for ${role}${atCompany(facts)}${applied} and wanted to make sure my application reached you.`,
    `I sent my application for ${role}${atCompany(facts)}${applied}, and wanted to check that it arrived safely.`,
    `I am writing to make sure that my application for ${role}${atCompany(facts)}${applied ? `, sent${applied},` : ''} came through.`,
  ]);
  const ask = variation.pick('ask', [
    'Could you confirm that you have received it?',
    'Would you be able to confirm that it came through?',
  ]);
  const offer = variation.pick('offer', [
    'If you would like any other information from me, I would be glad to provide it.',
    'Please let me know if there is any other information I can send.',
  ]);
  const thanks = variation.pick('thanks', ['Thank you for your time.', 'Many thanks for your help.']);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'formal'),
      paragraph([opener, ask]),
      paragraph([offer, thanks]),
      signOff(facts, variation, true),
    ]),
    sources: seedFiles('001'),
  };
}
