import { seedFiles } from '../../model';
import type { LintRule } from '../types';

/** A question, or a polite request phrased as a statement. */
const ASK =
  /\?|\b(?:(?:please\s+)?let\s+me\s+know|could\s+you|would\s+you|can\s+you|I\s+would\s+(?:be\s+grateful|appreciate|welcome|love\s+to\s+hear)|I['’]d\s+(?:be\s+grateful|appreciate|welcome|love\s+to\s+hear)|I\s+would\s+be\s+glad\s+to\s+hear|please\s+(?:share|tell|advise|confirm))\b/i;

const KINDS = new Set(['follow_up', 'check_in', 'rejection_reply']);

/**
 * A follow-up asks about the status (000), a check-in about the timeline (002), and a reply to a rejection
 * for one thing to improve (003). Without an ask the reader has nothing to answer.
 */
export const missingAskRule: LintRule = {
  id: 'missing_ask',
  severities: ['warning'],
  catches: 'A follow-up, check-in or rejection reply that asks nothing, so there is nothing to answer.',
  sources: seedFiles('000', '003'),
  check(doc, context) {
    if (!KINDS.has(context.kind) || ASK.test(doc.body)) return [];
    const what =
      context.kind === 'rejection_reply'
        ? 'ask for one thing you could do to be a stronger candidate'
        : 'ask where your application stands';
    return [
      {
        rule: 'missing_ask',
        severity: 'warning',
        start: 0,
        end: 0,
        message: `Nothing here asks for an answer: ${what}.`,
        sources: seedFiles('000', '003'),
      },
    ];
  },
};
