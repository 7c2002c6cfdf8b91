import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyMapping, parseMapping } from './parse-mapping';

describe('parseMapping', () => {
  it.each([
    [
      'reads Header=field pairs',
      'Firm=company,Posting=role',
      [
        { header: 'Firm', field: 'company' },
        { header: 'Posting', field: 'role' },
      ],
    ],
    [
      'trims spaces around pairs and names',
      ' Firm = company ,  Sent on=appliedAt ',
      [
        { header: 'Firm', field: 'company' },
        { header: 'Sent on', field: 'appliedAt' },
      ],
    ],
    [
      'reads a quoted header containing a comma',
      '"Company, legal name"=company',
      [{ header: 'Company, legal name', field: 'company' }],
    ],
    ['splits at the last "=" so a header may contain one', 'a=b=role', [{ header: 'a=b', field: 'role' }]],
    [
      'allows several ignored columns',
      'X=ignore,Y=ignore',
      [
        { header: 'X', field: 'ignore' },
        { header: 'Y', field: 'ignore' },
      ],
    ],
  ])('%s', (_name, text, entries) => {
    expect(parseMapping(text)).toEqual({ ok: true, entries });
  });

  it.each([
    [
      'names an unknown field and lists the known ones',
      'Firm=firm',
      'part 1 "Firm=firm": "firm" is not a field; the fields are company, role,',
    ],
    [
      'names a part without "="',
      'Firm=company,Posting',
      'part 2 "Posting" has no "="; write it as Header=field',
    ],
    ['names an empty part', 'Firm=company,,Posting=role', 'part 2 is empty'],
    ['names a part with no header', '=company', 'part 1 "=company" names no column before "="'],
    [
      'refuses a column mapped twice',
      'Firm=company,firm=role',
      'part 2 "firm=role": the column "firm" is mapped twice',
    ],
    [
      'refuses a field filled twice',
      'A=company,B=company',
      'part 2 "B=company": the field "company" is already filled by another column',
    ],
    ['refuses an unclosed quote', '"Firm=company', 'a quote in the mapping is never closed'],
  ])('%s', (_name, text, error) => {
    const result = parseMapping(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(error);
  });

  it('never throws and always explains a failure', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseMapping(text);
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('applyMapping', () => {
  it('sets the named columns and keeps the detected ones', () => {
    expect(
      applyMapping(
        ['Firm', 'Job Title', 'When'],
        [{ header: 'firm', field: 'company' }],
        [null, 'role', null],
      ),
    ).toEqual({
      ok: true,
      mapping: ['company', 'role', null],
    });
  });

  it('takes a field away from the column detection gave it to when the user gives it to another', () => {
    expect(
      applyMapping(
        ['Company', 'Legal name'],
        [{ header: 'Legal name', field: 'company' }],
        ['company', null],
      ),
    ).toEqual({
      ok: true,
      mapping: [null, 'company'],
    });
  });

  it('names a column the file does not have and lists the ones it has', () => {
    expect(applyMapping(['Firm', 'Job'], [{ header: 'Employer', field: 'company' }], [null, null])).toEqual({
      ok: false,
      error: '--map names a column "Employer" the file does not have; its columns are "Firm", "Job"',
    });
  });
});
