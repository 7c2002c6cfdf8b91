import { describe, expect, it } from 'vitest';
import { cleanMiddle, joinDraft, splitDraft } from './draft-parts';

describe('draft parts', () => {
  it('splits a draft into greeting, middle and sign-off, and joins it back', () => {
    const body = 'Dear Dana,\n\nThank you.\n\nI look forward to it.\n\nBest regards,\nAlex Doe\n+1 555 0100';
    const parts = splitDraft(body);
    expect(parts).toEqual({
      greeting: 'Dear Dana,',
      middle: 'Thank you.\n\nI look forward to it.',
      signOff: 'Best regards,\nAlex Doe\n+1 555 0100',
    });
    expect(joinDraft(parts)).toBe(body);
  });

  it('handles a body without a greeting or a closing line', () => {
    expect(splitDraft('Thanks for the call.')).toEqual({
      greeting: null,
      middle: 'Thanks for the call.',
      signOff: '',
    });
  });

  it.each([
    ['Hi Dana,\nThanks for today.\n\nBest,\nAlex', 'Thanks for today.'],
    ['\r\nThanks.\r\n\r\n\r\n\r\nSee you.  \r\n', 'Thanks.\n\nSee you.'],
    ['Thanks for today.', 'Thanks for today.'],
  ])('cleans the model middle %j', (text, expected) => {
    expect(cleanMiddle(text)).toBe(expected);
  });
});
