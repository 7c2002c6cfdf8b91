import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const followUp: LintContext = { kind: 'follow_up', company: 'Acme', role: 'Backend Engineer' };
const pushy = (body: string, context: LintContext = followUp) =>
  lint({ subject: null, body }, context).filter((finding) => finding.rule === 'pushy');

describe('pushy rule', () => {
  it.each([
    ['demands an answer', 'I need an answer by Friday.', 'I need an answer', 'error'],
    ['asks why they have not replied', "Why haven't you replied to my email?", "Why haven't you", 'error'],
    ['sets a deadline', 'Please reply as soon as possible.', 'as soon as possible', 'error'],
    [
      'uses the busy guilt trip',
      "I'm sure you're busy but I wrote last week.",
      "I'm sure you're busy",
      'error',
    ],
    ['states an expectation', 'I expect to hear from you this week.', 'I expect to hear', 'error'],
    ['counts its own attempts', 'This is my third email about the role.', 'This is my third email', 'error'],
    ['asks for an immediate reply', 'Please let me know immediately.', 'let me know immediately', 'error'],
    [
      'mentions not having heard back',
      "I haven't heard anything since I applied.",
      "I haven't heard",
      'warning',
    ],
    ['says it has heard nothing', 'I have heard nothing since I applied.', 'I have heard nothing', 'warning'],
    ['demands to know today', 'I must know today whether I got the role.', 'I must know today', 'error'],
    ['asks for a reply asap', 'Could you get back to me asap?', 'asap', 'error'],
    ['asks them to decide quickly', 'I hope you can decide as soon as possible.', 'as soon as possible', 'error'],
  ])('flags a message that %s', (_, body, text, severity) => {
    const [finding] = pushy(body);
    expect(finding?.severity).toBe(severity);
    expect(body.slice(finding?.start, finding?.end)).toBe(text);
  });

  it('warns at the third question of a follow-up', () => {
    const body = 'Is the role still open? Have you reviewed my application? When will you decide?';
    const [finding] = pushy(body);
    expect(finding?.severity).toBe('warning');
    expect(finding?.start).toBe(body.lastIndexOf('?'));
  });

  it.each([
    ['asks politely about the status', 'Could you let me know where my application stands?'],
    ['asks two questions', 'Is there an update on the role? Is there anything else I can send?'],
    ['says the writer can start immediately', 'I can start immediately if that helps.'],
    ['asks when to expect news', 'When might I expect to hear from you?'],
    ['says the writer can start as soon as possible', 'I can start as soon as possible.'],
    ['offers the writer\'s availability', 'Thank you; I am available to join as soon as possible.'],
    ['promises to send something asap', 'Thank you, I will send the references as soon as possible.'],
    ['says the writer has heard good things', 'I have heard great things about the team.'],
  ])('passes a message that %s', (_, body) => {
    expect(pushy(body)).toEqual([]);
  });

  it('counts no questions in a call script, whose branches are alternatives', () => {
    expect(pushy('Is it open? Did you see it? Who decides? What is next?', { kind: 'call' })).toEqual([]);
  });
});
