import { pastDayPhrase } from './dates';
import type { DraftFacts } from './facts';
import { theRole } from './text';

/**
 * Noun phrases the composers share. Each one has a wording for every combination of known and unknown
 * facts, which is how a missing fact changes the sentence instead of leaving a gap.
 */

/** "the Backend Engineer role", or "a role" when the title is unknown. */
export function roleRef(facts: Pick<DraftFacts, 'role'>, noun: 'role' | 'position' = 'role'): string {
  return facts.role === null ? `a ${noun}` : theRole(facts.role, noun);
}

/** " at Acme", or nothing when the company is unknown. */
export function atCompany(facts: Pick<DraftFacts, 'company'>): string {
  return facts.company === null ? '' : ` at ${facts.company}`;
}

/** "Acme", or "your team" when the company is unknown. */
export function companyOrTeam(facts: Pick<DraftFacts, 'company'>): string {
  return facts.company ?? 'your team';
}

/** " on Monday 3 March" for when the user applied, or nothing when that is unknown. */
export function appliedPhrase(facts: Pick<DraftFacts, 'appliedOn' | 'sendDate'>): string {
  const phrase = pastDayPhrase(facts.appliedOn, facts.sendDate);
  return phrase === null ? '' : ` ${phrase}`;
}

/** " on Tuesday" for the interview, or nothing when its date is unknown. */
export function interviewPhrase(facts: Pick<DraftFacts, 'interview' | 'sendDate'>): string {
  const phrase = pastDayPhrase(facts.interview?.date, facts.sendDate);
  return phrase === null ? '' : ` ${phrase}`;
}
