import { describe, expect, it } from 'vitest';
import { findContactNames } from './contact-names';

function names(text: string): string[] {
  return findContactNames(text).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    return f.text;
  });
}

describe('findContactNames', () => {
  it.each([
    ['reads a contact label', 'Contact: Jane Doe', ['Jane Doe']],
    ['reads a contact-person label with a title', 'Contact person: Mr. Sandy Watkins', ['Sandy Watkins']],
    [
      'reads the person a CV goes to',
      'Send your CV to Jane Doe, HR Manager, at jane@acme.com.',
      ['Jane Doe'],
    ],
    ['reads "reach out to … at"', 'Questions? Reach out to John Smith at john@acme.com.', ['John Smith']],
    ['reads "you may contact … at"', 'You may contact Julie Harmon at 555-0100.', ['Julie Harmon']],
    ['reads a name with a particle', 'Contact: Anna van der Berg', ['Anna van der Berg']],
    ['reads an accented name', 'Contact: Zoë Ångström', ['Zoë Ångström']],
    ['reads a hyphenated surname', 'Contact: Mary Smith-Jones', ['Mary Smith-Jones']],
    ['reads "write to …, address"', 'Write to Jane Doe, jane.doe@acme.io', ['Jane Doe']],
    ['reads a name before an address in angle brackets', 'Email Jane Doe <jane@acme.io>.', ['Jane Doe']],
    ['reads "contact … - address"', 'Contact Omar Haddad - omar@acme.io', ['Omar Haddad']],
    ['reads "our recruiter, …"', 'Our recruiter, Priya Patel, will call you.', ['Priya Patel']],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['ignores a department', 'Contact: Human Resources'],
    ['ignores a team sent a CV', 'Send your CV to Recruitment Team, Acme.'],
    ['ignores a company', 'Contact Acme Corp at 555-0100.'],
    ['ignores a customer-service line', 'Call Customer Service at 1-800-555-0100.'],
    ['ignores a name not presented as a contact', 'Jane Doe founded the company in 2001.'],
    [
      'ignores "contact" followed by a name-like phrase without "at"',
      'Contact Jane Doe for nothing in particular.',
    ],
    ['ignores a single word', 'Contact: Jane'],
    ['ignores a team before an address', 'Write to Talent Acquisition, jobs@acme.io'],
    ['ignores a name followed by a word, not an address', 'Write to Jane Doe, who founded us.'],
    ['ignores a lower-case phrase', 'contact: the hiring team'],
    ['ignores a month and a day', 'Contact: March Monday'],
  ])('%s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });
});
