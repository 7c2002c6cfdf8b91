import { describe, expect, it } from 'vitest';
import { bodyForMatching, normaliseForMatching, stripQuotedReply } from './mail-text';

describe('stripQuotedReply', () => {
  it.each([
    {
      name: 'lines quoted with >',
      text: 'Yes, Tuesday works.\n> Could we meet on Tuesday?\n',
      expected: 'Yes, Tuesday works.\n',
    },
    {
      name: 'an "On ... wrote:" block',
      text: 'Thanks!\n\nOn Mon, 3 Mar 2025 at 10:00, Sam <sam@home.example> wrote:\nI applied last week',
      expected: 'Thanks!\n',
    },
    {
      name: 'an Outlook original message',
      text: 'Noted.\n-----Original Message-----\nFrom: Sam\nwe will not be moving forward',
      expected: 'Noted.',
    },
    {
      name: 'an Outlook header block',
      text: 'See below.\nFrom: Sam Lee <sam@home.example>\nSent: Monday\nSubject: application',
      expected: 'See below.',
    },
    {
      name: 'nothing when a From: line is only text',
      text: 'From: the team, with thanks.\nBye',
      expected: 'From: the team, with thanks.\nBye',
    },
  ])('drops $name', ({ text, expected }) => {
    expect(stripQuotedReply(text)).toBe(expected);
  });
});

describe('normaliseForMatching', () => {
  it('lower-cases and folds curly quotes and spacing', () => {
    expect(normaliseForMatching('We\u2019re\u00a0 SORRY\n\nto say')).toBe("we're sorry to say");
  });

  it('cuts long bodies to a bounded length', () => {
    expect(bodyForMatching('word '.repeat(10_000)).length).toBeLessThanOrEqual(12_000);
  });
});
