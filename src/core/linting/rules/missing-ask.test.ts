import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const missing = (body: string, kind: LintContext['kind']) =>
  lint({ subject: null, body }, { kind }).filter((finding) => finding.rule === 'missing_ask');

describe('missing_ask rule', () => {
  it.each([
    ['follow_up', 'I applied for the backend role and remain very interested.'],
    ['check_in', 'We spoke two weeks ago about the backend role.'],
    ['rejection_reply', 'Thank you for letting me know.'],
  ] as const)('warns about a %s that asks nothing', (kind, body) => {
    expect(missing(body, kind)[0]?.severity).toBe('warning');
  });

  it.each([
    ['follow_up', 'Is there any news on my application?'],
    ['follow_up', 'Please let me know if you need anything else.'],
    ['rejection_reply', 'I would be grateful for one thing I could improve.'],
    ['thank_you', 'Thank you for your time.'],
  ] as const)('passes a %s that reads "%s"', (kind, body) => {
    expect(missing(body, kind)).toEqual([]);
  });
});
