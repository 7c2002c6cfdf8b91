import { describe, expect, it } from 'vitest';
import { findPhones } from './phones';

function phones(text: string, country: string | null): [string, string | undefined][] {
  return findPhones(text, country).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    return [f.text, f.value];
  });
}

describe('findPhones', () => {
  it.each<[string, string, string | null, [string, string][]]>([
    ['finds a US number in E.164', 'Call (312) 555-0123 today.', 'US', [['(312) 555-0123', '+13125550123']]],
    ['finds a dotted US number', 'Phone: 312.555.0199', 'US', [['312.555.0199', '+13125550199']]],
    ['finds a London number', 'Ring 020 7946 0958.', 'GB', [['020 7946 0958', '+442079460958']]],
    [
      'finds an international number without a hint',
      'Call +44 20 7946 0958.',
      null,
      [['+44 20 7946 0958', '+442079460958']],
    ],
    [
      'finds a foreign number by its international prefix',
      'Tel 0049 30 12345678',
      'GB',
      [['0049 30 12345678', '+493012345678']],
    ],
    [
      'ends the span at the number, not at the next digits',
      'Tel: 020 7946 0958, 07911 123456',
      'GB',
      [
        ['020 7946 0958', '+442079460958'],
        ['07911 123456', '+447911123456'],
      ],
    ],
    [
      'reads an unformatted number after a phone word',
      'Call 3125550123 now',
      'US',
      [['3125550123', '+13125550123']],
    ],
  ])('%s', (_name, text, country, expected) => {
    expect(phones(text, country)).toEqual(expected);
  });

  it.each<[string, string, string | null]>([
    ['ignores a salary range', 'Salary 35000-73000 per year', 'US'],
    ['ignores an amount', 'Pay: $45,000 - $55,000', 'US'],
    ['ignores a year range', 'Worked 2012-2014 and 2015 - 2019', 'US'],
    ['ignores a date', 'Start 03/04/2025 or 15.03.2025', 'US'],
    ['ignores a ZIP+4 code', 'Hazel Crest, IL 60429-1234', 'US'],
    ['ignores a bare ten-digit reference', 'Job ref 2025001234', 'US'],
    ['ignores a fax number', 'Fax: (312) 555-0188', 'US'],
    ['ignores a national number without a country hint', 'Call (312) 555-0123', null],
    ['ignores a number too short to dial', 'Call 555 1234', 'US'],
  ])('%s', (_name, text, country) => {
    expect(phones(text, country)).toEqual([]);
  });
});
