import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';
import { mentionsMoney } from './salary';

const followUp: LintContext = { kind: 'follow_up', company: 'Acme', role: 'Compensation Analyst' };
const rules = (body: string, context: LintContext = followUp) =>
  lint({ subject: null, body }, context).filter((finding) => finding.rule === 'salary');

describe('salary rule', () => {
  it.each([
    ['asks about salary', 'Could you tell me the salary range for this role?', 'salary'],
    [
      'asks about the benefits package',
      'I would love to hear more about the benefits package.',
      'benefits package',
    ],
    ['brings up compensation', 'I am flexible on compensation.', 'compensation'],
    ['names a pay range', 'What pay range do you have in mind?', 'pay range'],
    ['quotes a figure', 'I am looking for $120k.', '$120k'],
    ['asks about paid time off', 'How much paid time off is there?', 'paid time off'],
    ['asks what the role pays', 'Could you tell me what the role pays?', 'what the role pays'],
    ['asks about equity', 'Is there equity?', 'Is there equity'],
    ['asks about on-target earnings', 'What is the OTE for this role?', 'OTE'],
    ['asks about the package', 'What does the package look like?', 'the package'],
    ['asks about a bonus as pay', 'Is the annual bonus guaranteed?', 'annual bonus'],
    ['asks about the bonus structure', 'How does the bonus structure work?', 'bonus structure'],
    ['ties a figure to pay', 'I would consider $150k base.', '$150k'],
    ['asks about the benefits', 'What are the benefits like?', 'the benefits'],
  ])('flags a follow-up that %s', (_, body, text) => {
    const [finding] = rules(body);
    expect(finding?.severity).toBe('error');
    expect(body.slice(finding?.start, finding?.end).toLowerCase()).toBe(text.toLowerCase());
    expect(finding?.sources).toEqual(['004_6a6556feb76f7cb0.txt']);
  });

  it.each([
    ['discusses the benefits of event sourcing', 'I enjoyed our talk about the benefits of event sourcing.'],
    [
      'asks them to pay attention to nothing in particular',
      'Thank you for taking the time to pay attention to my portfolio.',
    ],
    [
      'names the role, which happens to be about compensation',
      'I remain keen on the Compensation Analyst role at Acme.',
    ],
    ['talks about payments experience', 'I have six years in payments.'],
    ['uses "bonus" to mean something extra', 'Meeting the team was a real bonus.'],
    ['names money the candidate saved, not pay', 'The migration could save Acme $2M a year.'],
    ['quotes an achievement with money in it', 'I cut our AWS bill by $400k a year.'],
    ['uses "benefit" as a verb', 'I can see how the team would benefit.'],
    ['says the benefits of a change help the team', 'The benefits this brings are clear.'],
    ['mentions the package the candidate published', 'I published the package on npm last year.'],
    ['talks about equity and inclusion', 'I admired the focus on equity and inclusion.'],
  ])('passes a message that %s', (_, body) => {
    expect(rules(body)).toEqual([]);
  });

  it('passes a role whose name starts with a money word, though "the Pay" reads like salary talk', () => {
    expect(rules('I remain keen on the Pay Equity Analyst role at Acme.', { ...followUp, role: 'Pay Equity Analyst' })).toEqual([]);
  });

  it('still catches pay talk next to the role name', () => {
    expect(rules('About the Pay Equity Analyst role: what is the salary?', { ...followUp, role: 'Pay Equity Analyst' }).map((f) => f.rule)).toEqual(['salary']);
  });

  it('only warns outside follow-ups, thank-yous, check-ins and rejection replies', () => {
    expect(rules('What is the salary?', { kind: 'other' })[0]?.severity).toBe('warning');
    expect(rules('What is the salary?', { kind: 'thank_you' })[0]?.severity).toBe('error');
  });

  it.each([
    ['salary expectations', true],
    ['annual bonus structure', true],
    ['the benefits of event sourcing', false],
    ['moving billing to event sourcing', false],
    ['cut our AWS bill by $400k a year', false],
    ['a signing bonus', true],
  ])('tells whether "%s" mentions money', (text, expected) => {
    expect(mentionsMoney(text)).toBe(expected);
  });
});
