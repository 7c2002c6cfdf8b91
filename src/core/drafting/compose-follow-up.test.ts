import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose-draft';
import { exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';
import type { DraftInput } from './types';
import { wordCount } from './text';

const first = exampleInputFor('follow_up');
const second = exampleInputFor('follow_up');
second.action = { ...second.action, id: 'act-follow_up-2', step: 2 };

const withProfile = (
  input: DraftInput,
  patch: Partial<DraftInput['profile']>,
  postingText?: string,
): DraftInput => ({
  ...input,
  profile: { ...input.profile, ...patch },
  application: { ...input.application, postingText: postingText ?? input.application.postingText },
});

describe('first follow-up', () => {
  it.each(acrossApplications(first).map((input) => [input.application.id, input] as const))(
    'names the role, asks about the status and offers more information (%s)',
    (_, input) => {
      const { body } = composeDraft(input);
      expect(body).toContain('Senior Backend Engineer');
      expect(body).toMatch(
        /where my application stands|news you can share|review my application|where things stand/,
      );
      expect(body).toMatch(/further information|anything else I can provide|more detail on my experience/);
      expect(lintDraft(input, composeDraft(input))).toEqual([]);
    },
  );

  it('highlights exactly one strength: the one the posting asks for', () => {
    const input = withProfile(
      first,
      { strengths: ['Figma', 'PostgreSQL tuning', 'React'] },
      'You keep our Postgres fast.',
    );
    const { body } = composeDraft(input);
    expect(body).toContain('PostgreSQL tuning');
    expect(body).not.toMatch(/Figma|React/);
  });

  it('falls back to the headline when no strength matches the posting', () => {
    const input = withProfile(first, { strengths: ['Figma'] }, 'We sell shoes.');
    expect(composeDraft(input).body).toContain('a backend engineer with 6 years in payments');
  });

  it.each(
    acrossApplications(withProfile(first, { strengths: ['Figma'] }, 'We sell shoes.'), 8).map(
      (i) => [i.application.id, i] as const,
    ),
  )('writes the headline into a sentence, never pasted raw after a colon (%s)', (_, input) => {
    const { body } = composeDraft(input);
    expect(body).not.toContain('Backend engineer, 6 years');
    expect(body).toMatch(/(?:As|I am) a backend engineer with 6 years in payments/);
  });

  it('leaves out a headline that does not read as a noun phrase', () => {
    const input = withProfile(
      first,
      { strengths: ['Figma'], headline: 'I build payment systems' },
      'We sell shoes.',
    );
    expect(composeDraft(input).body).not.toMatch(/payment systems|background/);
  });

  it('leaves the highlight out, rather than a gap, with neither a match nor a headline', () => {
    const { body } = composeDraft(
      withProfile(first, { strengths: ['Figma'], headline: '' }, 'We sell shoes.'),
    );
    expect(body).not.toMatch(/posting|background/);
    expect(lintDraft(first, { subject: null, body }).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('names the date the user applied, as a date', () => {
    expect(composeDraft(first).body).toContain('3 March');
  });

  it('says "recently" or nothing about the date when it is unknown', () => {
    const input = {
      ...first,
      action: { ...first.action, context: {} },
      application: { ...first.application, appliedAt: null },
    };
    expect(composeDraft(input).body).not.toMatch(/ on \d| on [A-Z][a-z]+day/);
  });
});

describe('second follow-up', () => {
  it.each(acrossApplications(first, 12).map((input) => [input.application.id, input] as const))(
    'is shorter than the first (%s)',
    (id, input) => {
      const later = { ...input, action: { ...input.action, id: 'act-2', step: 2 } };
      expect(wordCount(composeDraft(later).body)).toBeLessThan(wordCount(composeDraft(input).body));
    },
  );

  it('takes a new angle: the recent achievement', () => {
    expect(composeDraft(second).body).toContain('cut the p99 latency of a payments API');
  });

  it('uses an achievement with money in it, which is evidence of fit and not pay talk', () => {
    const input = withProfile(second, { recentAchievement: 'cut our AWS bill by $400k a year' });
    const draft = composeDraft(input);
    expect(draft.body).toContain('cut our AWS bill by $400k a year');
    expect(lintDraft(input, draft)).toEqual([]);
  });

  it.each([
    ['a strength the posting names', 'We run Kafka.', 'Kafka', /bring Kafka|in Kafka/],
    [
      'a fragment of a strength',
      'Our systems are event-driven.',
      'event-driven architecture',
      /mentions event-driven[,;]/,
    ],
  ])('names %s as a skill the writer has, never a dangling phrase', (_, posting, strength, wrong) => {
    const bodies = acrossApplications(
      withProfile(
        second,
        { recentAchievement: null, strengths: ['PostgreSQL tuning', strength] },
        `You know PostgreSQL tuning well. ${posting}`,
      ),
      8,
    ).map((input) => composeDraft(input).body);
    expect(bodies.every((body) => body.includes(strength))).toBe(true);
    expect(bodies.filter((body) => wrong.test(body))).toEqual([]);
  });

  it('takes a different strength than the first when there is no achievement', () => {
    const input = withProfile(second, { recentAchievement: null });
    const firstStrength = ['event-driven architecture', 'PostgreSQL tuning', 'Kafka'].find((s) =>
      composeDraft(withProfile(first, { recentAchievement: null })).body.includes(s),
    );
    const { body } = composeDraft(input);
    expect(firstStrength).toBeDefined();
    expect(body).not.toContain(firstStrength ?? '');
    expect(body).toMatch(/event-driven|PostgreSQL|Postgres|mentoring/);
  });

  it.each(acrossApplications(second).map((input) => [input.application.id, input] as const))(
    'asks without guilt about the silence (%s)',
    (_, input) => {
      const { body } = composeDraft(input);
      expect(body).not.toMatch(/haven't heard|no reply|still waiting|again\?/i);
      expect(lintDraft(input, composeDraft(input))).toEqual([]);
    },
  );
});
