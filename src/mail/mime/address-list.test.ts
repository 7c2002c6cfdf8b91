import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAddressList } from './address-list';

describe('parseAddressList', () => {
  it.each([
    { value: 'Jane Doe <Jane@X.example>', expected: [{ name: 'Jane Doe', address: 'jane@x.example' }] },
    {
      value: 'a@x.example, B@Y.example',
      expected: [
        { name: '', address: 'a@x.example' },
        { name: '', address: 'b@y.example' },
      ],
    },
    { value: '"Doe, Jane" <jane@x.example>', expected: [{ name: 'Doe, Jane', address: 'jane@x.example' }] },
    { value: 'jane@x.example (Jane Doe)', expected: [{ name: 'Jane Doe', address: 'jane@x.example' }] },
    {
      value: '=?utf-8?B?w4l0aWVubmU=?= <e@x.example>',
      expected: [{ name: 'Étienne', address: 'e@x.example' }],
    },
    {
      value: 'team: a@x.example, b@x.example;',
      expected: [
        { name: '', address: 'a@x.example' },
        { name: '', address: 'b@x.example' },
      ],
    },
    { value: 'undisclosed-recipients:;', expected: [] },
    { value: 'mailer-daemon', expected: [{ name: '', address: 'mailer-daemon' }] },
    { value: 'Just A Name', expected: [] },
    { value: '', expected: [] },
  ])('reads $value', ({ value, expected }) => {
    expect(parseAddressList(value)).toEqual(expected);
  });

  it('agrees with the full parser on simple lists', () => {
    const local = fc.stringMatching(/^[a-z0-9._-]{1,12}$/);
    const mailbox = fc
      .tuple(fc.stringMatching(/^[A-Za-z ]{0,20}$/), local, local)
      .map(([name, user, host]) => ({ name: name.trim(), address: `${user}@${host}.example` }));
    fc.assert(
      fc.property(fc.array(mailbox, { minLength: 1, maxLength: 4 }), (list) => {
        const value = list.map((m) => (m.name ? `${m.name} <${m.address}>` : m.address)).join(', ');
        expect(parseAddressList(value)).toEqual(list);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (value) => void parseAddressList(value)));
  });
});
