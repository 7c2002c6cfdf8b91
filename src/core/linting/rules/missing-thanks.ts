import { seedFiles } from '../../model';
import type { LintRule } from '../types';

const THANKS = /\b(?:thank(?:s|\s+you)?|grateful|gratitude|appreciated?|appreciation)\b/i;

/**
 * A thank-you must thank (001, 003, 004); a reply to a rejection should thank them for letting you know.
 * A thank-you without thanks defeats its purpose, so that is an error; the rejection reply only a warning.
 */
export const missingThanksRule: LintRule = {
  id: 'missing_thanks',
  severities: ['error', 'warning'],
  catches: 'A thank-you, or a reply to a rejection, that never says thank you.',
  sources: seedFiles('001', '003', '004'),
  check(doc, context) {
    if (context.kind !== 'thank_you' && context.kind !== 'rejection_reply') return [];
    if (THANKS.test(doc.body)) return [];
    const thankYou = context.kind === 'thank_you';
    return [
      {
        rule: 'missing_thanks',
        severity: thankYou ? 'error' : 'warning',
        start: 0,
        end: 0,
        message: thankYou
          ? 'A thank-you that never thanks them: thank them for their time.'
          : 'Thank them for their time and for letting you know.',
        sources: thankYou ? seedFiles('001', '003', '004') : seedFiles('003'),
      },
    ];
  },
};
