import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePeople } from './parse-people';

describe('parsePeople', () => {
  it.each([
    ['a name and address, then a bare name', 'Dana Smith <dana@acme.io>, B', [{ name: 'Dana Smith', email: 'dana@acme.io' }, { name: 'B', email: null }]],
    ['a quoted name holding a comma', '"Smith, Dana" <Dana@Acme.io>', [{ name: 'Smith, Dana', email: 'dana@acme.io' }]],
    ['a bare address', 'lee@acme.io', [{ name: null, email: 'lee@acme.io' }]],
    ['semicolons between people', 'Dana <d@a.io>; Lee <l@a.io>', [{ name: 'Dana', email: 'd@a.io' }, { name: 'Lee', email: 'l@a.io' }]],
    ['nothing but punctuation', '<<<>>>,,,', []],
    ['an empty string', '', []],
    ['a lone word as a name', 'Lee', [{ name: 'Lee', email: null }]],
    ['a bad address next to a name, kept for validation to report', 'Dana <not-an-address>', [{ name: 'Dana', email: 'not-an-address' }]],
  ])('reads %s', (_label, text, expected) => {
    expect(parsePeople(text)).toEqual(expected);
  });

  it('never throws, and never returns an empty person, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('<', '>', '"', ',', ';', '@', 'a', ' ', '\\', '(', ')')).map((a) => a.join(''))), (text) => {
        for (const p of parsePeople(text)) {
          expect(p.name !== null || p.email !== null).toBe(true);
          if (p.email) expect(p.email).toBe(p.email.trim().toLowerCase());
        }
      }),
    );
  });
});
