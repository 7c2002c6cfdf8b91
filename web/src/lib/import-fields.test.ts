import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES as SERVER_LIMIT } from '../../../src/app/import-upload';
import { IMPORT_FIELDS } from '../../../src/core/import/import-field';
import type { ImportField } from '../api/types';
import { chooseColumn, describeOrder, FIELD_CHOICES, FIELD_LABELS, MAX_UPLOAD_BYTES, readExample, uploadProblem } from './import-fields';

describe('chooseColumn', () => {
  it.each<[string, (ImportField | null)[], number, ImportField | null, (ImportField | null)[]]>([
    ['sets the column', [null, null], 0, 'company', ['company', null]],
    ['moves a field from the column that had it', ['company', 'role', null], 2, 'company', [null, 'role', 'company']],
    ['leaves a column out', ['company', 'role'], 1, null, ['company', null]],
    ['lets several columns hold salary', ['salary', null], 1, 'salary', ['salary', 'salary']],
    ['turns a column the format ignores into "not imported"', ['ignore', 'company'], 1, 'role', [null, 'role']],
  ])('%s', (_name, current, index, field, expected) => {
    expect(chooseColumn(current, index, field)).toEqual(expected);
  });

  it('never leaves a field other than salary on two columns', () => {
    const field = fc.constantFrom<ImportField | null>(...IMPORT_FIELDS, null);
    fc.assert(
      fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), fc.nat(), field, (start, at, choice) => {
        const unique = start.reduce<(ImportField | null)[]>((acc, f, i) => chooseColumn(acc, i, f), start.map(() => null));
        const next = chooseColumn(unique, at % start.length, choice);
        const exclusive = next.filter((f) => f !== null && f !== 'salary');
        expect(new Set(exclusive).size).toBe(exclusive.length);
        expect(next[at % start.length]).toBe(choice);
      }),
    );
  });
});

describe('readExample', () => {
  it.each([
    ['03/04/2024', 'DMY', '3 April 2024'],
    ['03/04/2024', 'MDY', 'March 4, 2024'],
    ['2024/03/04', 'YMD', '4 March 2024'],
    ['03.04.26', 'DMY', '3 April 2026'],
    ['11/20/24, 8:15 AM', 'MDY', 'November 20, 2024'],
    ['11/20/24, 8:15 AM', 'DMY', null],
    ['31/02/2024', 'DMY', null],
    ['29/02/2024', 'DMY', '29 February 2024'],
    ['soon', 'DMY', null],
  ] as const)('reads %s as %s: %s', (example, order, read) => {
    expect(readExample(example, order)).toBe(read);
  });

  it('never throws, and only ever names a real day', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/)), fc.constantFrom('DMY', 'MDY', 'YMD' as const), (text, order) => {
        const read = readExample(text, order);
        if (read !== null) expect(Number.isNaN(Date.parse(read.replace(/^(\d+) (\w+) (\d+)$/, '$2 $1, $3')))).toBe(false);
      }),
    );
  });

  it('describes an order with the example when it reads', () => {
    expect(describeOrder('DMY', '03/04/2024')).toBe('Day first: 03/04/2024 is 3 April 2024');
    expect(describeOrder('YMD', '03/04/2024')).toBe('Year first');
  });
});

describe('the field labels', () => {
  it('name every field, and offer all but "ignore" in the selects', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual([...IMPORT_FIELDS].sort());
    expect(FIELD_CHOICES).toEqual(IMPORT_FIELDS.filter((f) => f !== 'ignore'));
  });
});

describe('uploadProblem', () => {
  it('uses the server’s limit', () => {
    expect(MAX_UPLOAD_BYTES).toBe(SERVER_LIMIT);
  });

  it.each([
    ['Job Applications.csv', 2_000, null],
    ['jobs.tsv', 2_000, null],
    ['jobs.XLSX', 2_000, 'jobs.XLSX is a spreadsheet workbook. Save it as CSV first'],
    ['empty.csv', 0, 'empty.csv is empty.'],
    ['big.csv', MAX_UPLOAD_BYTES + 1, 'big.csv is 20.0 MB; the page imports files up to 20 MB. Import it from the command line instead: hearback import csv "big.csv"'],
    ['just-right.csv', MAX_UPLOAD_BYTES, null],
  ])('%s of %i bytes: %s', (name, size, problem) => {
    const found = uploadProblem(name, size);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
