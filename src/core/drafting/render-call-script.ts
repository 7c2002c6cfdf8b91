import type { CallOutcome } from '../model';
import type { CallScript } from './types';

const OUTCOME_LABELS: Record<CallOutcome, string> = {
  not_seen: 'not seen',
  declined: 'declined',
  shortlisted: 'shortlisted',
  voicemail: 'voicemail',
  no_answer: 'no answer',
  other: 'other',
};

/**
 * The call script as plain text, for the draft's body, the CLI and a printout: headed sections, the branches
 * in the order 003 gives them, and a reminder to record the outcome.
 *
 * @example
 * renderCallScript(script, 'Call Dana Smith, +1 555 0100').startsWith('Call Dana Smith'); // true
 */
export function renderCallScript(script: CallScript, heading: string): string {
  const sections = [
    heading,
    `Opening\n  ${script.opening}`,
    ...script.branches.map(
      (branch) => `${branch.title}: ${branch.when}\n  Say: ${branch.say}\n  Ask: ${branch.ask}`,
    ),
    `Close\n  ${script.closing}`,
    `If you reach voicemail\n  ${script.voicemail}`,
    `Afterwards, record the outcome (${script.outcomes.map((outcome) => OUTCOME_LABELS[outcome]).join(', ')}) and what you learnt.`,
  ];
  return sections.join('\n\n');
}
