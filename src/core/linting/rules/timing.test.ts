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
    expect(finding?.message).toMatch(/Too soon/);
  });

  it.each([
    ['a follow-up inside the window', 'follow_up', '2025-03-10T14:00:00Z'],
    ['a follow-up after the window', 'follow_up', '2025-03-20T14:00:00Z'],
    ['a thank-you before its window, which is never too soon', 'thank_you', '2025-03-01T14:00:00Z'],
    ['a follow-up without a known time', 'follow_up', undefined],
  ] as const)('passes %s', (_, kind, now) => {
    expect(timing({ kind, window, ...(now === undefined ? {} : { now }) })).toEqual([]);
  });

  it('notes a thank-you sent after its window closed', () => {
    expect(timing({ kind: 'thank_you', window, now: '2025-03-14T14:00:00Z' })[0]?.severity).toBe('info');
  });

  it('ignores an unreadable time rather than guessing', () => {
    expect(timing({ kind: 'follow_up', window, now: 'soon' })).toEqual([]);
  });
});
