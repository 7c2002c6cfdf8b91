import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvCell, toCsv } from './to-csv';

describe('csvCell', () => {
  it.each([
    ['writes plain text as it is', 'Acme', 'Acme'],
    ['writes null and empty as nothing', null, ''],
    ['quotes a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['quotes a semicolon for semicolon locales', 'a;b', '"a;b"'],
    ['quotes and doubles a quote', 'say "hi"', '"say ""hi"""'],
    ['quotes a line break', 'a\nb', '"a\nb"'],
    ['guards a formula', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['guards a plus', '+1 555 0100', "'+1 555 0100"],
    ['guards a minus', '-5', "'-5"],
    ['guards an at sign', '@SUM(A1)', "'@SUM(A1)"],
    ['guards a leading tab', '\t=1', "'\t=1"],
    ['guards and quotes a leading carriage return', '\r=1', `"'\r=1"`],
    ['leaves a formula character after the start alone', 'a=b', 'a=b'],
  ])('%s', (_name, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  const columns = [
    { key: 'company', header: 'Company' },
    { key: 'role', header: 'Role' },
  ];

  it('writes a byte order mark, a header, CRLF line ends and empty cells for missing keys', () => {
    expect(toCsv([{ company: 'Acme, Inc.', role: null }, { company: 'Globex' }], columns)).toBe(
      '\uFEFFCompany,Role\r\n"Acme, Inc.",\r\nGlobex,\r\n',
    );
  });

  it('reads back, through an independent CSV parser, as the values with formula guards', () => {
    const value = fc.oneof(fc.constant(null), fc.string({ unit: 'grapheme', maxLength: 15 }));
    fc.assert(
      fc.property(fc.array(fc.record({ company: value, role: value }), { maxLength: 8 }), (rows) => {
        const text = toCsv(rows, columns);
        const records = parse(text.slice(1), { relax_column_count: false }) as string[][];
        const guard = (v: string | null) => (v === null ? '' : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
        expect(records).toEqual([['Company', 'Role'], ...rows.map((r) => [guard(r.company), guard(r.role)])]);
        expect(records.flat().every((cell) => !/^[=+\-@\t\r]/.test(cell))).toBe(true);
      }),
    );
  });
});
