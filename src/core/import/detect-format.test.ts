import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { APPLICATION_CSV_COLUMNS } from '../export/applications-csv';
import { detectFormat } from './detect-format';
import { decodeCsvBytes } from './decode-csv-bytes';
import { FORMAT_CHOICES } from './known-formats';
import { parseCsv } from './parse-csv';
import { sniffDelimiter } from './sniff-delimiter';

function headersOf(name: string): string[] {
  const { text } = decodeCsvBytes(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  const parsed = parseCsv(text, { delimiter: sniffDelimiter(text) });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.csv.headers;
}

describe('detectFormat', () => {
  it.each([
    ['linkedin-job-applications.csv', 'linkedin-applications', 'exact'],
    ['linkedin-saved-jobs.csv', 'linkedin-saved', 'exact'],
    ['linkedin-saved-jobs-utf16le.csv', 'linkedin-saved', 'exact'],
    ['huntr.csv', 'huntr', 'exact'],
    ['huntr-windows-1252.csv', 'huntr', 'exact'],
    ['teal.csv', 'teal', 'exact'],
    ['teal-bom.csv', 'teal', 'exact'],
    ['jobsync.csv', 'jobsync', 'exact'],
    ['reactive-resume.csv', 'reactive-resume', 'exact'],
    ['generic-semicolon.csv', 'generic', 'guess'],
    ['generic-unmapped.csv', 'generic', 'none'],
  ])('recognises %s as %s (%s)', (name, format, confidence) => {
    expect(detectFormat(headersOf(name))).toMatchObject({ format, confidence });
  });

  it('recognises hearback’s own export by its exact headers, and a file missing one of them as generic', () => {
    const headers = APPLICATION_CSV_COLUMNS.map((c) => c.header);
    expect(detectFormat(headers)).toMatchObject({ format: 'hearback', confidence: 'exact' });
    expect(detectFormat(headers.filter((h) => h !== 'Last event on'))).toMatchObject({ format: 'generic' });
  });

  it('maps LinkedIn contact columns to nothing, since they are the applicant’s own', () => {
    expect(detectFormat(headersOf('linkedin-job-applications.csv')).mapping).toEqual([
      'appliedAt',
      'ignore',
      'ignore',
      'company',
      'role',
      'url',
      'ignore',
      'notes',
    ]);
  });

  it('ignores case, spacing and punctuation in headers', () => {
    expect(detectFormat(['saved_date', 'JOB URL', ' job-title ', 'Company  Name'])).toEqual({
      format: 'linkedin-saved',
      confidence: 'exact',
      mapping: ['savedAt', 'url', 'role', 'company'],
    });
  });

  it('tolerates extra columns, matching them by generic names, and calls the match likely', () => {
    expect(detectFormat(['Company Name', 'Job Title', 'Status', 'Recruiter', 'Favourite colour'])).toEqual({
      format: 'teal',
      confidence: 'likely',
      mapping: ['company', 'role', 'status', 'contactName', null],
    });
  });

  it('prefers the larger signature when two formats match: JobSync over Teal-like columns', () => {
    expect(detectFormat(headersOf('jobsync.csv')).format).toBe('jobsync');
  });

  it('lets a later column that names a taken field go unmapped', () => {
    expect(detectFormat(['Company', 'Employer', 'Role']).mapping).toEqual(['company', null, 'role']);
  });

  it.each([
    ['linkedin', ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], 'linkedin-saved', 'exact'],
    ['linkedin', ['Date', 'Company Name', 'Job Title'], 'linkedin-applications', 'guess'],
    ['teal', ['Company', 'Role'], 'teal', 'guess'],
    ['huntr', ['Foo'], 'huntr', 'none'],
    ['generic', headersOf('teal.csv'), 'generic', 'guess'],
  ] as const)(
    'uses the format the user chose (%s) and says how well the headers fit',
    (choice, headers, format, confidence) => {
      expect(detectFormat(headers, choice)).toMatchObject({ format, confidence });
    },
  );

  it('gives one mapping entry per header and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }),
        fc.constantFrom(...FORMAT_CHOICES),
        (headers, choice) => {
          expect(detectFormat(headers, choice).mapping).toHaveLength(headers.length);
        },
      ),
    );
  });
});
