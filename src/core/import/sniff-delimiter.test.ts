import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DELIMITERS, sniffDelimiter } from './sniff-delimiter';

describe('sniffDelimiter', () => {
  it.each([
    ['picks the comma of a plain CSV', 'Company,Role\nAcme,Engineer\n', ','],
    [
      'picks the semicolon even when values hold commas',
      'Company;Role;Notes\nAcme, Inc.;Engineer;a, b, c\n',
      ';',
    ],
    ['picks the tab of a TSV', 'Company\tRole\nAcme\tEngineer\n', '\t'],
    ['ignores commas inside quotes', 'Company;Role\n"Acme, Inc., Ltd.";Engineer\n', ';'],
    ['ignores a quoted newline holding other delimiters', 'A;B\n"x\ny,z,w";2\n', ';'],
    ['falls back to a comma for a one-column file', 'Company\nAcme\n', ','],
    ['falls back to a comma for an empty text', '', ','],
    ['skips a byte order mark', '\uFEFFCompany;Role\nAcme;Engineer', ';'],
    ['prefers the delimiter that splits rows like the header', 'a,b;c\n1,2;3\n4,5;6', ','],
  ])('%s', (_name, text, expected) => {
    expect(sniffDelimiter(text)).toBe(expected);
  });

  it('finds the delimiter a table of plain cells was written with', () => {
    const cell = fc.stringMatching(/^[A-Za-z0-9 .]{1,8}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(...DELIMITERS),
        fc
          .integer({ min: 2, max: 6 })
          .chain((width) =>
            fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
          ),
        (delimiter, rows) => {
          expect(sniffDelimiter(rows.map((r) => r.join(delimiter)).join('\n'))).toBe(delimiter);
        },
      ),
    );
  });
});
