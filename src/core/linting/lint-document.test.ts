import { describe, expect, it } from 'vitest';
import { lintText, locateSpan, parseMessageText } from './lint-document';

describe('lint document', () => {
  it('joins the subject and body with a blank line', () => {
    expect(lintText({ subject: 'Hello', body: 'Dear Dana,' })).toBe('Hello\n\nDear Dana,');
  });

  it('lints the body alone when there is no subject', () => {
    expect(lintText({ subject: null, body: 'Script' })).toBe('Script');
  });

  it.each([
    [
      { start: 0, end: 5 },
      { field: 'subject', start: 0, end: 5 },
    ],
    [
      { start: 7, end: 11 },
      { field: 'body', start: 0, end: 4 },
    ],
    [
      { start: 2, end: 11 },
      { field: 'subject', start: 2, end: 5 },
    ],
    [
      { start: 0, end: 0 },
      { field: 'subject', start: 0, end: 0 },
    ],
  ])('locates the span %o as %o', (span, expected) => {
    expect(locateSpan({ subject: 'Hello', body: 'Dear Dana,' }, span)).toEqual(expected);
  });

  it('locates spans in a subject-less message in the body', () => {
    expect(locateSpan({ subject: null, body: 'Dear Dana,' }, { start: 5, end: 9 })).toEqual({
      field: 'body',
      start: 5,
      end: 9,
    });
  });

  it.each([
    ['Subject: Following up\n\nDear Dana,\nHi', { subject: 'Following up', body: 'Dear Dana,\nHi' }],
    ['subject:Re: Interview\r\n\r\nThanks', { subject: 'Re: Interview', body: 'Thanks' }],
    ['Dear Dana,\nSubject: not a header', { subject: null, body: 'Dear Dana,\nSubject: not a header' }],
  ])('parses a pasted message %j', (text, expected) => {
    expect(parseMessageText(text)).toEqual(expected);
  });
});
