import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const window = { start: '2025-03-10T09:00:00-04:00', end: '2025-03-12T11:30:00-04:00' };
const timing = (context: LintContext) =>
  lint({ subject: null, body: 'Is there any news on the role?' }, context).filter((f) => f.rule === 'timing');

describe('timing rule', () => {
  it('warns about a follow-up sent before the window opens', () => {
    const [finding] = timing({ kind: 'follow_up', window, now: '2025-03-07T15:00:00Z' });
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toBe('Too soon: the window opens Mon 10 Mar, 09:00 their time; give them time to review.');
  });

  it.each([
    ['a follow-up inside the window', 'follow_up', '2025-03-10T14:00:00Z'],
    ['a follow-up after the window', 'follow_up', '2025-03-20T14:00:00Z'],
    ['a thank-you before its window, which is never too soon', 'thank_you', '2025-03-01T14:00:00Z'],
    ['a follow-up without a known time', 'follow_up', undefined],
  ] as const)('passes %s', (_, kind, now) => {
    expect(timing({ kind, window, ...(now === undefined ? {} : { now }) })).toEqual([]);
  });

  // The interview ended at 14:00Z; the second window closed at 15:00Z, as a planner might set it.
  const closedEarly = { start: '2025-03-10T14:30:00Z', end: '2025-03-10T15:00:00Z' };
  it.each([
    ['3 hours after the interview, inside its window', window, '2025-03-10T17:00:00Z', null],
    ['3 hours after the interview, after a window that closed early', closedEarly, '2025-03-10T17:00:00Z', null],
    ['exactly 24 hours after the interview', window, '2025-03-11T14:00:00Z', null],
    ['30 hours after the interview, still inside its window', window, '2025-03-11T20:00:00Z', /send it today/],
    ['exactly 48 hours after the interview, as the planner drops it', window, '2025-03-12T14:00:00Z', /send it today/],
    ['60 hours after the interview', window, '2025-03-13T02:00:00Z', /^More than 48 hours since the interview: the moment for a thank-you has passed; a short note is still polite only if they have not decided yet\.$/],
  ])('judges a thank-you sent %s by the interview time', (_, due, now, expected) => {
    const findings = timing({ kind: 'thank_you', window: due, interviewAt: '2025-03-10T14:00:00Z', now });
    if (expected === null) expect(findings).toEqual([]);
    else expect(findings.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringMatching(expected)]]);
  });

  it('never calls a thank-you past 48 hours still worth sending, and cites why a late note can still be polite', () => {
    const [finding] = timing({ kind: 'thank_you', window, interviewAt: '2025-03-10T14:00:00Z', now: '2025-03-14T14:00:00Z' });
    expect(finding?.message).not.toMatch(/worth sending|send it today/);
    expect(finding?.message).not.toContain('\n');
    expect(finding?.sources).toEqual(['001_90e59ee9bbcac68f.txt', '004_6a6556feb76f7cb0.txt']);
  });

  it('says nothing about lateness when the interview time is unknown, rather than guess from the window', () => {
    expect(timing({ kind: 'thank_you', window, now: '2025-03-20T14:00:00Z' })).toEqual([]);
  });

  it('ignores an unreadable time rather than guessing', () => {
    expect(timing({ kind: 'follow_up', window, now: 'soon' })).toEqual([]);
  });
});
