import { seedFiles } from '../../model';
import { findAll, overlapsAny, protectedSpans } from '../text-search';
import type { LintRule } from '../types';

/**
 * Words about pay. "Benefits of ..." and "pay attention" are ordinary English, so "benefits" and "pay" only
 * count where they are used as nouns about money.
 */
const MONEY =
  /\b(?:salar(?:y|ies)|compensation|remuneration|wages?|pay\s+(?:range|rate|scale|band|grade|package|rise|raise|cut|expectations?)|(?:rate\s+of|the|my|your|base|starting|take-home)\s+pay\b|benefits?\b(?!\s+(?:of|from|to|for|in)\b)(?:\s+package)?|perks|bonus(?:es)?|stock\s+options|equity\s+(?:package|grant|stake)|paid\s+(?:time\s+off|leave|holidays?|vacation)|pto|vacation\s+days|relocation\s+package|pension|per\s+(?:hour|annum)|hourly\s+rate|401\s?\(?k\)?)(?![a-z])|[$€£]\s?\d[\d,.]*(?:\s?[km]\b)?/gi;

/**
 * Whether a text talks about pay. Drafting uses it to leave money-related facts out of a message.
 *
 * @example
 * mentionsMoney('salary expectations'); // true
 * mentionsMoney('the benefits of event sourcing'); // false
 */
export function mentionsMoney(text: string): boolean {
  return findAll(MONEY, text).length > 0;
}

/** Kinds where salary talk is out of place (004); elsewhere it is still worth a warning. */
const MESSAGE_KINDS = new Set(['follow_up', 'thank_you', 'check_in', 'rejection_reply']);

export const salaryRule: LintRule = {
  id: 'salary',
  severities: ['error', 'warning'],
  catches: 'Pay, salary, benefits or compensation in a follow-up, thank-you, check-in or rejection reply.',
  sources: seedFiles('004'),
  check(doc, context) {
    const names = protectedSpans(doc, context);
    const severity = MESSAGE_KINDS.has(context.kind) ? 'error' : 'warning';
    return findAll(MONEY, doc.text)
      // A money word that overlaps the role or company is that name ("the Pay Equity Analyst role").
      .filter((match) => !overlapsAny(match, names))
      .map((match) => ({
        rule: 'salary',
        severity,
        start: match.start,
        end: match.end,
        message: `"${match.text}": leave pay and benefits for the offer stage; focus on your fit for the role.`,
        sources: seedFiles('004'),
      }));
  },
};
