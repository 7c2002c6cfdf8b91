import type { DayNumber } from './calendar';
import { findCuedDates, type DateCue } from './cue-date';
import type { PostingFinding } from './types';

/*
 * Cues that name the application deadline itself. "Deadline" alone is taken only as a label at the start of a
 * line or sentence ("Deadline: 15 March"), because postings use the word mostly for the work: "meet tight
 * deadlines", "deadline-driven environment", "project deadline is March 15".
 */
const DEADLINE_CUES: readonly DateCue[] = [
  { pattern: /\bclosing\s+date\b(?:\s+for\s+(?:applications?|this\s+(?:role|position|vacancy|job)))?/gi },
  { pattern: /\b(?:application|submission)s?\s+deadline\b/gi },
  {
    pattern:
      /\bdeadline\s+(?:for|to|of)\s+(?:the\s+)?(?:receipt\s+of\s+)?(?:applications?|applying|apply|submissions?|submitting|CVs?|r[eé]sum[eé]s?)\b/gi,
  },
  { pattern: /\b(?:deadline|closing|closes)[ \t]*[:\-–]/gi, atLineStart: true },
  { pattern: /\bapply\s+(?:no\s+later\s+than|by|before|until|till|prior\s+to)\b/gi },
  {
    pattern:
      /\bapplications?\s+(?:close[sd]?|closing|(?:are|is)\s+due|due|will\s+close|must\s+be\s+(?:received|submitted|in)|should\s+be\s+(?:received|submitted)|(?:will\s+be\s+|are\s+)?accepted\s+(?:until|through|till|up\s+to)|(?:will\s+be\s+|are\s+|remain\s+)?open\s+until)\b/gi,
  },
  {
    pattern:
      /\b(?:job|vacancy|position|posting|advert(?:isement)?|role|opening|ad)\s+(?:closes|will\s+close|expires|will\s+expire|is\s+open\s+until|remains\s+open\s+until)\b/gi,
  },
  {
    pattern:
      /\blast\s+(?:date|day)\s+(?:to\s+apply|for\s+(?:applications?|applying|submissions?|receipt\s+of\s+applications)|of\s+(?:application|submission))\b/gi,
  },
  {
    pattern:
      /\b(?:submit|send|e-?mail|forward)\s+(?:your\s+|an?\s+|the\s+)?(?:full\s+)?(?:application|cv|r[eé]sum[eé]|cover\s+letter)s?\b/gi,
    needsPreposition: true,
  },
  { pattern: /\b(?:please|should|must|can|may|to)\s+apply\b/gi, needsPreposition: true },
];

/**
 * Finds the application deadline: "Closing date: 15/03/2025", "apply by March 15", "applications close on
 * Friday 7 March". Only calendar dates and named months count; a deadline never depends on the date the user
 * applied.
 *
 * @example
 * findDeadlines('Apply by March 15.', { reference: parseIsoDate('2025-01-10')!, monthFirst: true });
 * // [{ kind: 'deadline', start: 0, end: 17, text: 'Apply by March 15', value: '2025-03-15' }]
 */
export function findDeadlines(
  text: string,
  options: { reference: DayNumber; monthFirst: boolean },
): PostingFinding[] {
  return findCuedDates(text, DEADLINE_CUES, { kind: 'deadline', periods: 'named', ...options });
}
