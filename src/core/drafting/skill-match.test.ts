import { describe, expect, it } from 'vitest';
import { rankStrengths } from './skill-match';

describe('rankStrengths', () => {
  it.each([
    ['an alias', ['PostgreSQL tuning'], 'You know Postgres well.', 'PostgreSQL tuning', 'Postgres'],
    [
      'a plural',
      ['event-driven architecture'],
      'You design event-driven architectures.',
      'event-driven architecture',
      'event-driven architectures',
    ],
    ['a different case', ['KAFKA'], 'We run kafka at scale.', 'KAFKA', 'kafka'],
    ['a folded phrase', ['ML'], 'Machine learning experience is a plus.', 'ML', 'Machine learning'],
    ['a dotted name', ['Node.js'], 'Our APIs run on Node.', 'Node.js', 'Node'],
  ])('matches a strength through %s', (_, strengths, posting, strength, evidence) => {
    expect(rankStrengths(strengths, posting)[0]).toMatchObject({ strength, evidence });
  });

  it('prefers the strength the posting says in full', () => {
    const ranked = rankStrengths(
      ['PostgreSQL tuning', 'event-driven architecture'],
      'Help us adopt event-driven architecture on Postgres.',
    );
    expect(ranked.map((match) => match.strength)).toEqual(['event-driven architecture', 'PostgreSQL tuning']);
    expect(ranked[0]?.verbatim).toBe(true);
  });

  it('does not count a generic word alone as evidence', () => {
    expect(rankStrengths(['team leadership'], 'Join our friendly team.')).toEqual([]);
  });

  it.each([
    ['Customer service', 'Our Customers love us. Client Services team.'],
    ['account management', 'Open a bank account with us.'],
    ['mentoring engineers', 'A degree in mechanical engineering is required.'],
    ['customer service', 'Our customers love us. We also run a shuttle service.'],
  ])('does not match "%s" on one common word of it', (strength, posting) => {
    expect(rankStrengths([strength], posting)).toEqual([]);
  });

  it.each([
    [
      'its words close together',
      'customer service',
      'You will provide service to customers daily.',
      'service to customers',
    ],
    [
      'a two-word part of it',
      'event-driven architecture',
      'You design event-driven systems.',
      'event-driven',
    ],
    ['a distinctive name in it', 'Microsoft Excel', 'Advanced Excel skills needed.', 'Excel'],
    [
      'the name alone when its words are in a list',
      'Microsoft Excel',
      'You know Microsoft Project, Word, Excel.',
      'Excel',
    ],
  ])('matches a phrase through %s', (_, strength, posting, evidence) => {
    expect(rankStrengths([strength], posting)[0]?.evidence).toBe(evidence);
  });

  it('returns nothing without a posting or without a match', () => {
    expect(rankStrengths(['Kafka'], null)).toEqual([]);
    expect(rankStrengths(['Kafka'], 'We sell shoes.')).toEqual([]);
  });

  it.each([
    ['a sentence', 'Kafka experience is a plus. Strong PostgreSQL tuning skills are essential.'],
    ['list headings', 'Nice to have:\n- Kafka\n\nRequirements:\n- You know Postgres well'],
    ['"must" against "bonus"', 'Kafka would be a bonus. You must know Postgres.'],
  ])('ranks a skill the posting requires above one it calls optional, by %s', (_, posting) => {
    expect(rankStrengths(['Kafka', 'PostgreSQL tuning'], posting).map((match) => match.strength)).toEqual([
      'PostgreSQL tuning',
      'Kafka',
    ]);
  });
});
