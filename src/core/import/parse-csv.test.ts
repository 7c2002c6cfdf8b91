import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './parse-csv';
import type { CsvParseResult } from './parse-csv';
import { DELIMITERS } from './sniff-delimiter';

const rowsOf = (result: CsvParseResult) => (result.ok ? result.csv.rows : []);

describe('parseCsv', () => {
  it('reads headers and rows with the line each row starts on', () => {
    expect(parseCsv('Company, Role \nAcme,Engineer\n', { delimiter: ',' })).toEqual({
      ok: true,
      csv: { headers: ['Company', 'Role'], rows: [{ line: 2, cells: ['Acme', 'Engineer'] }] },
    });
  });

  it.each([
    [
      'a quoted newline keeps the row whole and later lines counted',
      'A,B\n"x\ny",1\nz,2\n',
      [
        { line: 2, cells: ['x\ny', '1'] },
        { line: 4, cells: ['z', '2'] },
      ],
    ],
    [
      'a quoted CRLF reads as a newline and counts as one line',
      'A,B\r\n"x\r\ny",1\r\nz,2\r\n',
      [
        { line: 2, cells: ['x\ny', '1'] },
        { line: 4, cells: ['z', '2'] },
      ],
    ],
    [
      'blank lines and rows of empty cells are skipped',
      'A,B\n\n,\n  \nx,1\n\n',
      [{ line: 5, cells: ['x', '1'] }],
    ],
    [
      'short and long rows are kept as they are',
      'A,B,C\nx\ny,1,2,3\n',
      [
        { line: 2, cells: ['x'] },
        { line: 3, cells: ['y', '1', '2', '3'] },
      ],
    ],
    [
      'a stray quote inside a value is kept as text',
      'A,B\nsay "hi",1\n',
      [{ line: 2, cells: ['say "hi"', '1'] }],
    ],
    ['doubled quotes inside quotes are one quote', 'A\n"a ""b"""\n', [{ line: 2, cells: ['a "b"'] }]],
    ['a last row without a newline is read', 'A,B\nx,1', [{ line: 2, cells: ['x', '1'] }]],
  ])('%s', (_name, text, rows) => {
    expect(rowsOf(parseCsv(text, { delimiter: ',' }))).toEqual(rows);
  });

  it('reads semicolon and tab files with their delimiter', () => {
    expect(rowsOf(parseCsv('A;B\n"x;y";1\n', { delimiter: ';' }))).toEqual([
      { line: 2, cells: ['x;y', '1'] },
    ]);
    expect(rowsOf(parseCsv('A\tB\nx,y\t1\n', { delimiter: '\t' }))).toEqual([
      { line: 2, cells: ['x,y', '1'] },
    ]);
  });

  it.each([
    [
      'an unclosed quote names the line where it opens',
      'A,B\nok,1\n\n"x,1\n2,3\n4,5',
      { ok: false, error: { message: 'a quoted value opened on line 4 is never closed', line: 4 } },
    ],
    [
      'doubled quotes in a closed field do not hide a later unclosed one',
      'A,B\n"a ""b""",1\nc,"d\n',
      { ok: false, error: { message: 'a quoted value opened on line 3 is never closed', line: 3 } },
    ],
    [
      'an empty file has no header',
      '',
      { ok: false, error: { message: 'the file is empty: no header row', line: 1 } },
    ],
    [
      'a file of blank lines has no header',
      '\n\n  \n',
      { ok: false, error: { message: 'the file is empty: no header row', line: 1 } },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseCsv(text, { delimiter: ',' })).toEqual(expected);
  });

  it('never throws on random text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.constantFrom(...DELIMITERS),
        (text, delimiter) => {
          const result = parseCsv(text, { delimiter });
          if (!result.ok) expect(result.error.line).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it('gives back the cells of any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(
        fc.constantFrom(...DELIMITERS),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (delimiter, table) => {
          const text = ['h1', ...table.map((row) => row.map(quote).join(delimiter))].join('\n');
          const expected = table.filter((row) => row.some((c) => c.trim() !== ''));
          expect(rowsOf(parseCsv(text, { delimiter })).map((r) => r.cells)).toEqual(expected);
        },
      ),
    );
  });
});
