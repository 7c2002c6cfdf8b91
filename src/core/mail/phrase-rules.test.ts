import { describe, expect, it } from 'vitest';
import { findHits, noisyOr, tierOf, type PhraseRule } from './phrase-rules';

const rules: PhraseRule[] = [
  { rule: 'invite', pattern: /invite you to an interview/, weight: 0.8, guard: /\bnot\b|\bif\b/ },
  { rule: 'regret', pattern: /regret/, weight: 0.5 },
];

describe('findHits', () => {
  it.each([
    { text: 'we would like to invite you to an interview.', rules: ['invite'] },
    { text: 'we will not invite you to an interview.', rules: [] },
    { text: 'if you are shortlisted we invite you to an interview.', rules: [] },
    { text: 'we will not proceed. we invite you to an interview next week.', rules: ['invite'] },
    { text: 'we regret it. we regret it again.', rules: ['regret'] },
  ])('finds $rules in "$text"', ({ text, rules: expected }) => {
    expect(findHits(text, rules).map((h) => h.rule)).toEqual(expected);
  });

  it('prefixes rule names and reports the matched words', () => {
    expect(findHits('we regret', rules, 'rejection.')).toEqual([
      { rule: 'rejection.regret', detail: 'regret', weight: 0.5 },
    ]);
  });
});

describe('noisyOr and tierOf', () => {
  it.each([
    { weights: [], expected: 0 },
    { weights: [0.5], expected: 0.5 },
    { weights: [0.5, 0.5], expected: 0.75 },
    { weights: [0.9, 0.9, 0.9], expected: 0.99 },
  ])('combines $weights into $expected', ({ weights, expected }) => {
    expect(noisyOr(weights)).toBe(expected);
  });

  it.each([
    [0.85, 'high'],
    [0.84, 'medium'],
    [0.6, 'medium'],
    [0.59, 'low'],
  ])('puts %s in the %s tier', (confidence, tier) => {
    expect(tierOf(confidence)).toBe(tier);
  });
});
