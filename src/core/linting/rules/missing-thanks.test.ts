import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const missing = (body: string, kind: LintContext['kind']) =>
  lint({ subject: null, body }, { kind }).filter((finding) => finding.rule === 'missing_thanks');

describe('missing_thanks rule', () => {
  it('is an error in a thank-you that never thanks', () => {
    const [finding] = missing('Hi Dana, I enjoyed our talk about event sourcing.', 'thank_you');
    expect(finding).toMatchObject({ severity: 'error', start: 0, end: 0 });
  });

  it('warns about a rejection reply that never thanks', () => {
    expect(missing('Hi Dana, I remain interested in future roles.', 'rejection_reply')[0]?.severity).toBe(
      'warning',
    );
  });

  it.each([
    ['thank_you', 'Hi Dana, thank you for your time today.'],
    ['thank_you', 'Hi Dana, I really appreciated the conversation.'],
    ['rejection_reply', 'Thanks for letting me know.'],
    ['follow_up', 'Is there any news on my application?'],
  ] as const)('passes a %s that reads "%s"', (kind, body) => {
    expect(missing(body, kind)).toEqual([]);
  });
});
