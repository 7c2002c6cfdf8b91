import type { DayNumber } from './calendar';
import { findCuedDates, type DateCue } from './cue-date';
import type { PostingFinding } from './types';

const WE_WILL = String.raw`\b(?:we|i)(?:\s+will|\s*['’]ll|\s+shall|\s+(?:will\s+)?(?:aim|expect|intend|hope|plan|endeavou?r|try)\s+to)\s+(?:be\s+)?`;
const GET_BACK = String.raw`(?:contact|respond|reply|get\s+back|(?:be|get)\s+in\s+touch|notify|inform|let\s|make\s+(?:a|our|the)\s+(?:final\s+)?decision|decid|invit|reach\s+out|come\s+back|review|interview|shortlist|announc)\w*`;

/*
 * Cues by which the employer announces when candidates will hear or be seen. The date must follow within
 * the same clause (see cue-date.ts), which keeps "we will train you in 2 weeks" and the like out.
 */
const DECISION_CUES: readonly DateCue[] = [
  { pattern: new RegExp(WE_WILL + GET_BACK, 'gi') },
  {
    pattern:
      /\b(?:short-?listed|successful|selected|suitable|qualified)\s+(?:candidates|applicants)\s+will\s+be\s+(?:contacted|notified|invited|informed|called)\b/gi,
  },
  {
    pattern:
      /\byou\s+(?:will|should|can\s+expect\s+to|may\s+expect\s+to)\s+hear\s+(?:back\s+)?(?:from\s+us\s+)?/gi,
  },
  {
    pattern:
      /\binterviews?\s+(?:will|are\s+(?:expected|scheduled|planned|likely)\s+to|are\s+(?:scheduled|planned|expected)|are\s+to)(?:\s+(?:take\s+place|be\s+(?:held|conducted|scheduled)|happen|run))?\b/gi,
  },
  { pattern: /\binterview\s+dates?\s*[:\-–]/gi },
  { pattern: /\bshort-?listing\s+(?:will\s+(?:take\s+place|be\s+(?:done|completed))|date\s*[:\-–]?)/gi },
  {
    pattern:
      /\b(?:final\s+)?decisions?\s+(?:will\s+be\s+(?:made|taken|communicated|announced)|(?:is|are)\s+expected|expected|to\s+be\s+made|by)\b/gi,
  },
  {
    pattern:
      /\bif\s+you\s+(?:have\s+not|haven['’]t|do\s+not|don['’]t|did\s+not|didn['’]t)\s+(?:heard|hear)\s+(?:back\s+)?(?:from\s+us\s+)?/gi,
  },
];

/**
 * Finds the date by which the employer says it will decide or get back: "we will contact shortlisted
 * candidates by 3 March", "interviews will take place the week of 14 April", "we will get back to you within
 * two weeks", "decisions by end of March". Periods count from the reference date (the application date),
 * or from the closing date when the posting says so and the closing date is known.
 *
 * @example
 * findDecisionDates('We will get back to you within two weeks.', {
 *   reference: parseIsoDate('2025-01-10')!, monthFirst: false, closingDate: null,
 * });
 * // [{ kind: 'decision_date', start: 0, end: 40, text: 'We will get back to you within two weeks', value: '2025-01-24' }]
 */
export function findDecisionDates(
  text: string,
  options: { reference: DayNumber; monthFirst: boolean; closingDate: DayNumber | null },
): PostingFinding[] {
  return findCuedDates(text, DECISION_CUES, { kind: 'decision_date', periods: 'all', ...options });
}
