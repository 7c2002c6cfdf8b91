import { seedFiles } from '../../model';
import { findInBody } from '../text-search';
import type { LintRule } from '../types';

/** Apologising for following up frames a normal, professional step as an intrusion (000: it shows initiative). */
const APOLOGY =
  /\b(?:(?:so\s+)?sorry\s+(?:to|for)\s+(?:bother(?:ing)?|disturb(?:ing)?|trouble|troubling|intrud(?:e|ing)|the\s+intrusion|pester(?:ing)?|chas(?:e|ing)|(?:reaching|following)\s+up)(?:\s+you)?|I\s+(?:hate|don['’]t\s+want)\s+to\s+(?:bother|pester|disturb|be\s+a\s+nuisance)|(?:I\s+)?apologi[sz]e\s+for\s+(?:bothering|disturbing|the\s+intrusion|(?:reaching|following)\s+up|troubling|pestering)|forgive\s+(?:me\s+for\s+)?(?:the\s+intrusion|bothering|following\s+up))/gi;

export const apologyRule: LintRule = {
  id: 'apology',
  severities: ['warning'],
  catches: '"Sorry to bother you" and other apologies for following up.',
  sources: seedFiles('000', '004'),
  check(doc) {
    return findInBody(APOLOGY, doc).map((match) => ({
      rule: 'apology',
      severity: 'warning' as const,
      start: match.start,
      end: match.end,
      message: `"${match.text}": following up is a normal, professional step; no need to apologise.`,
      sources: seedFiles('000', '004'),
    }));
  },
};
