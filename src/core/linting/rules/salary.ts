import { seedFiles } from '../../model';
import { findAll, overlapsAny, protectedSpans } from '../text-search';
import type { LintRule } from '../types';

/**
 * Words about the candidate's own pay. Ordinary English shares many of them, so each is only counted where
 * it is used about pay: "benefits" and "pay" as nouns ("the benefits of event sourcing", "pay attention"
 * and "how the team would benefit" are not), "bonus" as part of pay ("annual bonus", not "a real bonus"),
 * and "package" or "equity" where they can only mean compensation.
 */
const PAY_WORDS = [
  'salar(?:y|ies)',
  'compensation',
  'remuneration',
  'wages?',
  'pay\\s+(?:range|rate|scale|band|grade|package|rise|raise|cut|expectations?)',
  '(?:rate\\s+of|the|my|your|base|starting|take-home)\\s+pay\\b(?!\\s+(?:attention|off|for\\s+itself))',
  '(?:what|how\\s+much)\\s+(?:the|this|that|it|the\\s+(?:role|position|job))\\s+pays',
  '(?:role|position|job)\\s+pays',
  '(?:benefits|compensation|salary|relocation|remuneration|total|reward|equity)\\s+package',
  '(?<!\\b(?:npm|published|built|shipped|wrote|maintain|maintained|released|created)\\s+)the\\s+package\\b(?!\\s+(?:manager|registry|repo|repository|index|name|version|ecosystem))',
  '(?:the|your|any|health|medical|dental|employee|company)\\s+benefits\\b(?!\\s+(?:of|from|to|for|in|the|our|your|their|my|a|an|both|everyone|us|me|them|you|this|that|these|it|we|they|package)\\b)',
  'perks',
  '(?:annual|signing|sign-on|joining|performance|year-end|target|cash|retention|quarterly|yearly)\\s+bonus(?:es)?',
  'bonus(?:es)?\\s+(?:structure|scheme|plan|pay|payments?|target|percentage|potential|pool)',
  '(?:is\\s+there|are\\s+there|any)\\s+(?:an?\\s+)?bonus(?:es)?',
  'bonuses',
  'OTE',
  'on-target\\s+earnings',
  'stock\\s+options',
  'RSUs?',
  'equity\\s+(?:grant|stake|options?|component|refresh|compensation)',
  '(?:is\\s+there|any|some|the|what)\\s+equity\\b(?!\\s+(?:and|&)\\s+inclusion)',
  'paid\\s+(?:time\\s+off|leave|holidays?|vacation)',
  'pto',
  'vacation\\s+days',
  'pension',
  'per\\s+(?:hour|annum)',
  'hourly\\s+rate',
  '401\\s?\\(?k\\)?',
];

/**
 * A sum of money is pay talk only when the writer asks for it ("I am looking for $120k") or ties it to pay
 * ("$150k base"). An achievement with money in it ("cut our AWS bill by $400k a year", "could save Acme $2M")
 * is evidence of fit, which is exactly what a follow-up should carry.
 */
const AMOUNT = '[$€£]\\s?\\d[\\d,.]*(?:\\s?[km]\\b)?';
const ASKED_AMOUNT = `(?<=\\b(?:looking\\s+for|expect(?:ing)?|asking\\s+for|hoping\\s+for|aiming\\s+for|targeting|want(?:ing)?|need(?:ing)?|require|would\\s+accept|minimum\\s+of|at\\s+least|paid|earn(?:ing)?|make|making|offer(?:ing)?)\\s+(?:(?:around|about|roughly|approximately|at\\s+least|a\\s+minimum\\s+of|in\\s+the\\s+region\\s+of)\\s+)?)${AMOUNT}`;
const PAY_AMOUNT = `${AMOUNT}(?=\\s+(?:base|salary|OTE|total\\s+comp(?:ensation)?|package|per\\s+(?:hour|annum)|an\\s+hour|hourly)\\b)`;

const MONEY = new RegExp(
  `\\b(?:${PAY_WORDS.join('|')})(?![a-z])|${ASKED_AMOUNT}|${PAY_AMOUNT}`,
  'gi',
);

/**
 * Whether a text talks about pay. Drafting uses it to leave money-related facts out of a message.
 *
 * @example
 * mentionsMoney('salary expectations'); // true
 * mentionsMoney('the benefits of event sourcing'); // false
 * mentionsMoney('cut our AWS bill by $400k a year'); // false
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
