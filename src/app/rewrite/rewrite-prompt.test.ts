import { describe, expect, it } from 'vitest';
import { composeDraft } from '../../core/drafting';
import { exampleInputFor } from '../../core/drafting/examples';
import { rewriteMessages } from './rewrite-prompt';

const kindLine = (kind: 'thank_you' | 'follow_up'): string => {
  const input = exampleInputFor(kind);
  const user = rewriteMessages(input, composeDraft(input), 'middle')[1]?.content ?? '';
  return user.split('\n')[0] ?? '';
};

describe('rewrite prompt', () => {
  it('describes a thank-you as sent the same day, within 24 hours, as the planner and seeds 001 and 003 ask', () => {
    expect(kindLine('thank_you')).toBe('Kind: a thank-you note to an interviewer, sent the same day as the interview, within 24 hours.');
  });

  it('describes a follow-up by its kind alone', () => {
    expect(kindLine('follow_up')).toBe('Kind: a brief follow-up on a job application.');
  });

  it('sends the system rules first and the draft middle last', () => {
    const input = exampleInputFor('thank_you');
    const [system, user] = rewriteMessages(input, composeDraft(input), 'the middle');
    expect([system?.role, user?.role]).toEqual(['system', 'user']);
    expect(user?.content.endsWith('Middle to rewrite:\nthe middle')).toBe(true);
  });
});
