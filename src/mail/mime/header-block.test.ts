import { describe, expect, it } from 'vitest';
import { findHeaderEnd, parseHeaderFields } from './header-block';

const bytes = (s: string): Buffer => Buffer.from(s, 'latin1');

describe('findHeaderEnd', () => {
  it.each([
    { name: 'an LF blank line', input: 'A: 1\nB: 2\n\nbody', expected: { end: 10, bodyStart: 11 } },
    { name: 'a CRLF blank line', input: 'A: 1\r\nB: 2\r\n\r\nbody', expected: { end: 12, bodyStart: 14 } },
    {
      name: 'the earlier of an LF and a CRLF blank line',
      input: 'A: 1\r\n\r\nB\n\nC',
      expected: { end: 6, bodyStart: 8 },
    },
    { name: 'no blank line in a short message', input: 'A: 1\nB: 2', expected: { end: 9, bodyStart: 9 } },
  ])('finds the end of the headers after $name', ({ input, expected }) => {
    expect(findHeaderEnd(bytes(input), 1024)).toEqual(expected);
  });

  it('gives up on headers longer than the limit', () => {
    expect(findHeaderEnd(bytes(`X: ${'a'.repeat(5000)}\n\nbody`), 1024)).toBeNull();
  });
});

describe('parseHeaderFields', () => {
  it('unfolds continuation lines and lower-cases names', () => {
    expect(parseHeaderFields('Subject: a\r\n  b\r\nX-Y:z\r\n', null)).toEqual({
      fields: [
        ['subject', 'a b'],
        ['x-y', 'z'],
      ],
      hasFields: true,
    });
  });

  it('notices unwanted fields without keeping them', () => {
    expect(parseHeaderFields('Received: x\n y\nSubject: s\n', new Set(['subject']))).toEqual({
      fields: [['subject', 's']],
      hasFields: true,
    });
    expect(parseHeaderFields('Received: x\n y\n', new Set(['subject']))).toEqual({
      fields: [],
      hasFields: true,
    });
  });

  it('says when there is no field at all', () => {
    expect(parseHeaderFields('just text\nmore text', new Set(['subject']))).toEqual({
      fields: [],
      hasFields: false,
    });
  });

  it.each([
    ['a line without a colon', 'garbage line\nSubject: s'],
    ['a name with a space', 'Bad Name: v\nSubject: s'],
    ['an mbox From line', 'From jane Mon Mar 3 10:00:00 2025\nSubject: s'],
    ['a continuation with no field before it', '  stray\nSubject: s'],
  ])('skips %s', (_name, text) => {
    expect(parseHeaderFields(text, null).fields).toEqual([['subject', 's']]);
  });
});
