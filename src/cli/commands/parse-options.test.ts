import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import { readContacts } from './parse-options';

describe('readContacts', () => {
  it.each([
    ['Dana Smith <dana@acme.io>', [{ name: 'Dana Smith', email: 'dana@acme.io' }]],
    ['dana@acme.io', [{ name: null, email: 'dana@acme.io' }]],
    ['Dana Smith', [{ name: 'Dana Smith', email: null }]],
    ['Lee', [{ name: 'Lee', email: null }]],
    ["Siobhán O'Brien-Kelly", [{ name: "Siobhán O'Brien-Kelly", email: null }]],
    ['Dana van der Berg', [{ name: 'Dana van der Berg', email: null }]],
    ['王小明', [{ name: '王小明', email: null }]],
    ['Dana <not-an-address>', [{ name: 'Dana', email: 'not-an-address' }]],
  ])('accepts %j', (text, people) => {
    expect(readContacts([text])).toEqual(people);
  });

  it.each(['bad', 'dana smith', '12345', 'http://example.com', '<>', '', 'Dana, bad'])('refuses %j naming the field contact', (text) => {
    expect(() => readContacts([text])).toThrow(expect.objectContaining({ code: 'validation', field: 'contact' }));
  });

  it('never throws anything but a contact validation error on garbage', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          readContacts([text]);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).field).toBe('contact');
        }
      }),
    );
  });
});
