import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFieldError, fieldLabel } from './error-text';

describe('describeFieldError', () => {
  it.each([
    ['says a time zone error once, in plain words', 'timezone', 'timezone: is not a known IANA time zone, such as Europe/Berlin', 'Time zone: not one we know; pick one from the list, such as Europe/Berlin'],
    ['keeps a message that does not repeat the field', 'company', 'must not be empty', 'Company: must not be empty'],
    ['names a nested field by its place in the list', 'contacts.0.email', 'contacts.0.email: must be an email address', 'Contact 1 email: must be an email address'],
    ['turns a camel-case path into words', 'smtp.host', 'smtp.host: no provider known for example.com', 'Smtp host: no provider known for example.com'],
    ['uses the label of a known field', 'postingUrl', 'postingUrl: must be a link', 'Posting link: must be a link'],
  ])('%s', (_name, field, message, expected) => {
    expect(describeFieldError(field, message)).toBe(expected);
  });

  it('never repeats the field at the start, whatever the message', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z][a-zA-Z]{0,10}$/), fc.string(), (field, rest) => {
        const text = describeFieldError(field, `${field}: ${rest}`);
        expect(text.startsWith(`${fieldLabel(field)}: ${field}: `)).toBe(rest.trim().startsWith(`${field}: `));
      }),
    );
  });
});

describe('fieldLabel', () => {
  it.each([
    ['timezone', 'Time zone'],
    ['interviewers.2.name', 'Interviewer 3 name'],
    ['imap.security', 'Imap security'],
    ['time', 'Time'],
  ])('labels %s as %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});
