import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const context: LintContext = { kind: 'follow_up', company: 'Yahoo!', role: 'Backend Engineer' };
const tone = (body: string) =>
  lint({ subject: null, body }, context)
    .filter((finding) => finding.rule === 'tone')
    .map((finding) => body.slice(finding.start, finding.end));

describe('tone rule', () => {
  it.each([
    ['doubles an exclamation mark', 'I would love to join!!', ['!!']],
    ['uses a second exclamation mark', 'Thanks! I am excited!', ['!']],
    ['stacks emoji', 'Thanks so much 🙏🎉', ['🎉']],
    ['laughs at its own joke', 'My last manager called me the bug whisperer lol.', ['lol']],
    ['winks', 'Hope the coffee machine is fixed ;)', [';)']],
  ])('warns about a message that %s', (_, body, spans) => {
    expect(tone(body)).toEqual(spans);
  });

  it.each([
    ['has one exclamation mark', 'Thank you for your time!'],
    [
      'names a company with an exclamation mark in it',
      'I enjoyed meeting the Yahoo! team; Yahoo! is where I want to be.',
    ],
    ['has exclamation marks only in the signature', 'Thank you.\n\nBest regards,\nAlex! Doe! Events!'],
    ['has one emoji', 'Thank you 🙏'],
  ])('passes a message that %s', (_, body) => {
    expect(tone(body)).toEqual([]);
  });
});
