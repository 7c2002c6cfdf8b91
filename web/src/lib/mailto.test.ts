import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mailtoHref } from './mailto';

describe('mailtoHref', () => {
  it('fills in the address, the subject and the body with CRLF line breaks', () => {
    expect(mailtoHref('dana@acme.example', 'Hello there', 'Hi Dana,\nThanks & bye')).toBe(
      'mailto:dana@acme.example?subject=Hello%20there&body=Hi%20Dana%2C%0D%0AThanks%20%26%20bye',
    );
  });

  it('leaves the address empty when there is none, for the user to fill in', () => {
    expect(mailtoHref(null, 'S', '')).toBe('mailto:?subject=S');
  });

  it('encodes characters that would end the address or start a parameter', () => {
    expect(mailtoHref('a?b&c@x.example', null, 'B')).toBe('mailto:a%3Fb%26c@x.example?body=B');
  });

  it('round-trips any subject and body through URL parsing', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (subject, body) => {
        const url = new URL(mailtoHref('x@y.example', subject, body));
        expect(decodeURIComponent(url.search.match(/subject=([^&]*)/)?.[1] ?? '')).toBe(subject.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
        expect(decodeURIComponent(url.search.match(/body=([^&]*)/)?.[1] ?? '')).toBe(body.replace(/\r\n?/g, '\n').replace(/\n/g, '\r\n'));
      }),
    );
  });
});
