import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excelSepLine } from './excel-sep-line';

describe('excelSepLine', () => {
  it.each([
    ['reads a semicolon and leaves its line empty', 'sep=;\r\nA;B', { delimiter: ';', text: '\r\nA;B' }],
    ['keeps a byte order mark before it', '\uFEFFsep=,\nA,B', { delimiter: ',', text: '\uFEFF\nA,B' }],
    ['reads a file that is only the sep line', 'sep=;', { delimiter: ';', text: '' }],
    ['leaves a sep= of another character alone', 'sep=|\nA|B', { delimiter: null, text: 'sep=|\nA|B' }],
    ['leaves a header that only starts like one alone', 'sep=;x\nA;B', { delimiter: null, text: 'sep=;x\nA;B' }],
    ['leaves an ordinary file alone', 'Company,Role\n', { delimiter: null, text: 'Company,Role\n' }],
  ])('%s', (_name, text, expected) => {
    expect(excelSepLine(text)).toEqual(expected);
  });

  it('never throws, and keeps every line but the sep line', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = excelSepLine(text);
        expect(result.text.split(/\r\n|\r|\n/).length).toBe(text.split(/\r\n|\r|\n/).length);
      }),
    );
  });
});
