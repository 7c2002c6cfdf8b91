import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRewrite } from './parse-rewrite';

describe('parseRewrite', () => {
  it.each([
    ['plain JSON', '{"subject":"Hi","body":"Thanks."}', { subject: 'Hi', body: 'Thanks.' }],
    [
      'JSON in a code fence',
      '```json\n{"subject":"Hi","body":"Thanks."}\n```',
      { subject: 'Hi', body: 'Thanks.' },
    ],
    ['JSON after a preamble', 'Sure! Here it is: {"body":"Thanks."}', { subject: null, body: 'Thanks.' }],
    ['a null subject', '{"subject":null,"body":"Thanks."}', { subject: null, body: 'Thanks.' }],
    ['a Subject: header', 'Subject: Hi\n\nThanks.', { subject: 'Hi', body: 'Thanks.' }],
  ])('reads %s', (_, answer, expected) => {
    expect(parseRewrite(answer)).toEqual(expected);
  });

  it.each([
    ['prose', 'I cannot help with that.'],
    ['JSON without a body', '{"subject":"Hi"}'],
    ['a body that is not text', '{"body":42}'],
    ['broken JSON', '{"body": "Thanks.'],
    ['nothing', ''],
  ])('returns null for %s', (_, answer) => {
    expect(parseRewrite(answer)).toBeNull();
  });

  it('never throws, whatever the model says', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.string().map((s) => `{"body":${JSON.stringify(s)}}${s}`),
        ),
        (answer) => {
          const parsed = parseRewrite(answer);
          expect(parsed === null || typeof parsed.body === 'string').toBe(true);
        },
      ),
    );
  });
});
