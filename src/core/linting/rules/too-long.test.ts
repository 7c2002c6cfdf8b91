import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';
import { wordLimit } from './too-long';

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');
const tooLong = (body: string, context: LintContext) =>
  lint({ subject: 'Subject', body }, context).filter((finding) => finding.rule === 'too_long');

describe('too_long rule', () => {
  it('passes a follow-up of 150 words', () => {
    expect(tooLong(words(150), { kind: 'follow_up' })).toEqual([]);
  });

  it('warns from the 151st word of a follow-up, with the span starting there', () => {
    const body = words(151);
    const [finding] = tooLong(body, { kind: 'follow_up' });
    expect(finding?.severity).toBe('warning');
    expect(finding?.start).toBe('Subject\n\n'.length + body.indexOf('word150'));
  });

  it('is an error past twice the limit', () => {
    expect(tooLong(words(301), { kind: 'follow_up' })[0]?.severity).toBe('error');
  });

  it('holds a second follow-up to a shorter limit', () => {
    expect(tooLong(words(120), { kind: 'follow_up', step: 2 })[0]?.severity).toBe('warning');
    expect(tooLong(words(120), { kind: 'follow_up', step: 1 })).toEqual([]);
  });

  it('does not count the signature after the closing line', () => {
    const body = `${words(140)}\n\nBest regards,\n${words(40)}`;
    expect(tooLong(body, { kind: 'follow_up' })).toEqual([]);
  });

  it('counts a "Thank you." line in the middle, since only the last closing line ends the body', () => {
    const body = `${words(100)}\nThank you.\n${words(60)}\n\nBest regards,\nAlex`;
    expect(tooLong(body, { kind: 'follow_up' })[0]?.severity).toBe('warning');
  });

  it.each([
    ['thank_you', 200],
    ['check_in', 130],
    ['call', 400],
  ] as const)('sets the %s limit to %i words', (kind, limit) => {
    expect(wordLimit({ kind })).toBe(limit);
  });
});
