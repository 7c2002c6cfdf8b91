import { describe, expect, it } from 'vitest';
import { findEmails } from './emails';

function emails(text: string): [string, string | undefined][] {
  return findEmails(text).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    return [f.text, f.value];
  });
}

describe('findEmails', () => {
  it.each<[string, string, [string, string | undefined][]]>([
    ['finds a plain address', 'Email jobs@acme.com today', [['jobs@acme.com', 'jobs@acme.com']]],
    [
      'leaves a sentence-ending dot out',
      'Send your CV to Jane.Doe@Acme.com.',
      [['Jane.Doe@Acme.com', 'Jane.Doe@acme.com']],
    ],
    [
      'reads plus tags and subdomains',
      'hr+jobs@mail.acme.co.uk',
      [['hr+jobs@mail.acme.co.uk', 'hr+jobs@mail.acme.co.uk']],
    ],
    ['reads an address in angle brackets', 'Jane <jane@acme.io>', [['jane@acme.io', 'jane@acme.io']]],
    [
      'finds two addresses in a row',
      'a@acme.com, b@acme.com',
      [
        ['a@acme.com', 'a@acme.com'],
        ['b@acme.com', 'b@acme.com'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(emails(text)).toEqual(expected);
  });

  it.each([
    ['ignores a handle', 'Follow us @acme on X'],
    ['ignores a host without a dot', 'user@localhost'],
    ['ignores a numeric top-level label', 'user@10.0.0.1'],
    ['ignores doubled dots', 'john..doe@acme.com'],
    ['ignores placeholder addresses', 'Write to name@example.com'],
    [
      'ignores an anonymised token',
      'Email #EMAIL_0b13a2cfd4718ce252c09b2353d692a73bd32552e922c5db6cad5fb7e9a2c6c3#',
    ],
    ['ignores a host whose last label runs on into a digit', 'a@acme.com1'],
  ])('%s', (_name, text) => {
    expect(emails(text)).toEqual([]);
  });
});
