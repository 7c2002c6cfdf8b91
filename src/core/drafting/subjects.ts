import type { DraftFacts } from './facts';
import type { Variation } from './variation';

type SubjectFacts = Pick<DraftFacts, 'company' | 'role'>;

/**
 * The first follow-up's subject. It varies per application only, so the second follow-up can answer it as
 * "Re: ..." and land in the same thread in the recipient's mailbox.
 */
function firstFollowUpSubject(facts: SubjectFacts, variation: Variation, confirmReceipt: boolean): string {
  const { role, company } = facts;
  if (confirmReceipt) {
    if (role !== null)
      return variation.pickForApplication('subject', [
        `My application for ${role}`,
        `Application for ${role}: confirming receipt`,
      ]);
    return company === null ? 'Confirming my application' : `My application to ${company}`;
  }
  if (role !== null) {
    return variation.pickForApplication('subject', [
      `Following up: ${role} application`,
      `${role} application: follow-up`,
      `My application for ${role}`,
    ]);
  }
  return company === null ? 'Following up on my application' : `Following up on my application to ${company}`;
}

/**
 * The subject line of an email draft. Subjects name the role so the reader can place the message at a
 * glance; only the second follow-up is "Re:", because it answers the first in the same thread.
 *
 * @example
 * emailSubject('thank_you', 1, { role: 'Data Engineer', company: 'Acme' }, variation, false);
 * // 'Thank you: Data Engineer interview', or another phrasing
 */
export function emailSubject(
  kind: 'follow_up' | 'thank_you' | 'check_in' | 'rejection_reply',
  step: number,
  facts: SubjectFacts,
  variation: Variation,
  confirmReceipt: boolean,
): string {
  const { role, company } = facts;
  switch (kind) {
    case 'follow_up': {
      const first = firstFollowUpSubject(facts, variation, confirmReceipt);
      return step >= 2 ? `Re: ${first}` : first;
    }
    case 'thank_you':
      if (role !== null) {
        return variation.pick('subject', [
          `Thank you: ${role} interview`,
          `Thank you for your time: ${role}`,
          `${role} interview: thank you`,
        ]);
      }
      return company === null ? 'Thank you for your time' : `Thank you for the interview at ${company}`;
    case 'check_in':
      if (role !== null) {
        return variation.pick('subject', [
          `${role}: next steps`,
          `Next steps for ${role}`,
          `Our ${role} conversation`,
        ]);
      }
      return company === null
        ? 'Next steps after our interview'
        : `Next steps after my interview at ${company}`;
    case 'rejection_reply':
      if (role !== null)
        return variation.pick('subject', [`Re: ${role} application`, `Thank you: ${role} application`]);
      return company === null ? 'Thank you for letting me know' : `Thank you: my application to ${company}`;
  }
}
