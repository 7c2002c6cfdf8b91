import { describe, expect, it } from 'vitest';
import { emailSubject } from './subjects';
import { variationFor } from './variation';

const facts = { company: 'Acme', role: 'Data Engineer' };

describe('emailSubject', () => {
  it('makes the second follow-up a reply to the first', () => {
    const first = emailSubject('follow_up', 1, facts, variationFor('app-1', 'act-1'), false);
    expect(emailSubject('follow_up', 2, facts, variationFor('app-1', 'act-2'), false)).toBe(`Re: ${first}`);
  });

  it.each(['follow_up', 'thank_you', 'check_in', 'rejection_reply'] as const)(
    'names the role in a %s subject',
    (kind) => {
      expect(emailSubject(kind, 1, facts, variationFor('app-1', 'act-1'), false)).toContain('Data Engineer');
    },
  );

  it.each(['follow_up', 'thank_you', 'check_in', 'rejection_reply'] as const)(
    'falls back to the company, then to plain words, for a %s subject',
    (kind) => {
      expect(emailSubject(kind, 1, { company: 'Acme', role: null }, variationFor('a', 'b'), false)).toContain(
        'Acme',
      );
      expect(emailSubject(kind, 1, { company: null, role: null }, variationFor('a', 'b'), false)).toMatch(
        /^[A-Z][a-z ]+$/,
      );
    },
  );
});
