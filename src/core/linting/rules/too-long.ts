import { seedFiles } from '../../model';
import { bodyBeforeClosing, wordSpans } from '../text-search';
import type { LintContext, LintRule } from '../types';

/**
 * Words before the closing line that suit each kind (000: brief and concise). A second follow-up is held
 * to a shorter limit than the first; a call script is longer because it holds three branches.
 */
const LIMITS: Record<LintContext['kind'], number> = {
  follow_up: 150,
  thank_you: 200,
  check_in: 130,
  rejection_reply: 130,
  call: 400,
  mark_ghosted: 60,
  other: 250,
};
const SECOND_FOLLOW_UP_LIMIT = 110;

/**
 * The word limit for a kind of message.
 *
 * @example
 * wordLimit({ kind: 'follow_up', step: 2 }); // 110
 */
export function wordLimit(context: Pick<LintContext, 'kind' | 'step'>): number {
  if (context.kind === 'follow_up' && (context.step ?? 1) >= 2) return SECOND_FOLLOW_UP_LIMIT;
  return LIMITS[context.kind];
}

export const tooLongRule: LintRule = {
  id: 'too_long',
  severities: ['error', 'warning'],
  catches: 'A body past the length that suits its kind (150 words for a follow-up); twice that is an error.',
  sources: seedFiles('000'),
  check(doc, context) {
    const limit = wordLimit(context);
    const words = wordSpans(bodyBeforeClosing(doc.body), doc.bodyStart);
    const first = words[limit];
    if (first === undefined) return [];
    const severity = words.length > limit * 2 ? 'error' : 'warning';
    return [
      {
        rule: 'too_long',
        severity,
        start: first.start,
        end: (words[words.length - 1] ?? first).end,
        message: `${words.length} words; keep a ${context.kind.replace('_', '-')} under ${limit} and cut from here.`,
        sources: seedFiles('000'),
      },
    ];
  },
};
