import type { SeedFile } from '../model';
import { seedFiles } from '../model';
import type { DraftFacts } from './facts';
import { greeting } from './people';
import { firstHighlight, newAngle } from './highlight';
import { appliedPhrase, atCompany, companyOrTeam, roleRef } from './phrases';
import { signOff } from './sign-off';
import { paragraph, paragraphs } from './text';
import type { Variation } from './variation';

/** The body of an email, with the seeds its content follows. The subject is chosen apart (subjects.ts). */
export interface ComposedEmail {
  body: string;
  sources: SeedFile[];
}

/**
 * The first follow-up (000, 001, 003): interest in the role by name, one strength that matches the posting,
 * a question about the status, and an offer of more information. Brief and professional.
 *
 * @example
 * composeFirstFollowUp(facts, variationFor(app.id, action.id)).body; // 'Dear Dana,\n\nI applied for ...'
 */
export function composeFirstFollowUp(facts: DraftFacts, variation: Variation): ComposedEmail {
  const role = roleRef(facts);
  const applied = appliedPhrase(facts);
  const opener = variation.pick('opener', [
    `I applied for ${role}${atCompany(facts)}${applied} and wanted to let you know that I remain very interested in it.`,
    `I am writing about my application for ${role}${atCompany(facts)}${applied ? `, sent${applied}` : ''}: it is a role I am very keen on.`,
    `Following my application for ${role}${applied}, I wanted to say that I am still very interested in joining ${companyOrTeam(facts)}.`,
    `I remain very interested in ${role}${atCompany(facts)}, which I applied for${applied || ' recently'}.`,
  ]);
  const ask = variation.pick('ask', [
    'Could you let me know where my application stands?',
    'Is there any news you can share about the next steps?',
    'May I ask whether you have had a chance to review my application?',
    'I would be grateful for a short update on where things stand.',
  ]);
  const offer = variation.pick('offer', [
    'If it would help, I am happy to send any further information, such as work samples or references.',
    'Please let me know if there is anything else I can provide.',
    'I would be glad to share more detail on my experience if that is useful.',
  ]);
  const link =
    facts.link === null
      ? null
      : variation.pick('link', [
          `Some of my recent work is at ${facts.link}.`,
          `You can see examples of my work at ${facts.link}.`,
        ]);
  const thanks = variation.pick('thanks', [
    'Thank you for your time.',
    'Thank you for considering my application.',
    'Many thanks for your consideration.',
  ]);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'formal'),
      paragraph([opener, firstHighlight(facts, variation)]),
      paragraph([ask, offer, link]),
      thanks,
      signOff(facts, variation, true),
    ]),
    sources: seedFiles('000', '001', '003'),
  };
}

/**
 * The second follow-up (000, 003): shorter than the first, with a new angle (a recent achievement or a
 * different strength) and no guilt about the silence.
 *
 * @example
 * composeSecondFollowUp(facts, variationFor(app.id, action.id)).body; // 'Hello Dana,\n\nA short note ...'
 */
export function composeSecondFollowUp(facts: DraftFacts, variation: Variation): ComposedEmail {
  const role = roleRef(facts);
  const opener = variation.pick('opener', [
    `A short note to follow up on my application for ${role}${atCompany(facts)}.`,
    `I wanted to add one more thing to my application for ${role}${atCompany(facts)}.`,
    `I am still very interested in ${role}${atCompany(facts)} and wanted to share one more reason I would be a good fit.`,
  ]);
  const ask = variation.pick('ask', [
    'Is there any update you can share?',
    'Could you let me know whether the role is still open?',
    'I would appreciate any update on the timeline.',
  ]);
  const thanks = variation.pick('thanks', [
    'Thank you again for your time.',
    'Thanks again for considering my application.',
  ]);
  return {
    body: paragraphs([
      greeting(facts.recipient?.name ?? null, facts.company, variation, 'formal'),
      paragraph([opener, newAngle(facts, variation)]),
      paragraph([ask, thanks]),
      signOff(facts, variation, true),
    ]),
    sources: seedFiles('000', '003'),
  };
}
