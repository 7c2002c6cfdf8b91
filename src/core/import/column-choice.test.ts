import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkColumnChoice } from './column-choice';
import { IMPORT_FIELDS } from './import-field';

describe('checkColumnChoice', () => {
  it.each([
    [
      'takes one field per column, by position',
      ['Employer', 'Position', 'When'],
      ['company', 'role', 'appliedAt'],
    ],
    ['leaves a column out with null', ['Employer', 'Position', 'Mood'], ['company', 'role', null]],
    [
      'lets several columns be ignored or be salary',
      ['A', 'B', 'C', 'D', 'E', 'F'],
      ['company', 'role', 'ignore', 'ignore', 'salary', 'salary'],
    ],
    ['maps columns whose headers are blank or repeated', ['', 'Name', 'Name'], ['company', 'role', 'notes']],
    ['maps headers a --map string cannot say', ['Firm "legal", name', 'Job=Title'], ['company', 'role']],
  ])('%s', (_name, headers, columns) => {
    expect(checkColumnChoice(headers, columns)).toEqual({ ok: true, mapping: columns });
  });

  it.each([
    [
      'refuses fewer choices than columns',
      ['A', 'B', 'C'],
      ['company', 'role'],
      'the mapping has 2 columns but the file has 3',
    ],
    [
      'refuses more choices than columns',
      ['A'],
      ['company', 'role'],
      'the mapping has 2 columns but the file has 1',
    ],
    [
      'refuses an unknown field and lists the known ones',
      ['A', 'B'],
      ['company', 'firm'],
      'column "B": "firm" is not a field; the fields are company, role,',
    ],
    [
      'refuses a field chosen twice, naming both columns',
      ['A', 'B'],
      ['company', 'company'],
      'company is chosen for both "A" and "B"',
    ],
    [
      'names a blank header by its position',
      ['', 'B'],
      ['role', 'role'],
      'role is chosen for both number 1 (no header) and "B"',
    ],
    ['refuses a value that is not a string', ['A'], [42], 'column "A": "42" is not a field'],
  ])('%s', (_name, headers, columns, error) => {
    const result = checkColumnChoice(headers, columns);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it('never throws, and accepts exactly the choices with one field per column', () => {
    const choice = fc.oneof(
      fc.constantFrom(...IMPORT_FIELDS, null),
      fc.string(),
      fc.integer(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }),
        fc.array(choice, { maxLength: 8 }),
        (headers, columns) => {
          const result = checkColumnChoice(headers, columns);
          if (!result.ok) {
            expect(result.error.length).toBeGreaterThan(0);
            return;
          }
          expect(result.mapping).toEqual(columns);
          const exclusive = result.mapping.filter((f) => f !== null && f !== 'ignore' && f !== 'salary');
          expect(new Set(exclusive).size).toBe(exclusive.length);
        },
      ),
    );
  });
});
