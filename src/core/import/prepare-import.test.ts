import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareImport } from './prepare-import';
import type { PrepareImportOptions, PreparedImport } from './prepare-import';

const read = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const base = { zone: 'America/New_York', now: '2026-01-15T15:00:00Z' };
const prepare = (name: string, extra: Partial<PrepareImportOptions> = {}) =>
  prepareImport(read(name), { ...base, ...extra });

/** One line per row: line, stage and company, or the rejection reason. */
function summary(prepared: PreparedImport): string[] {
  if (prepared.kind !== 'ready') return [prepared.kind];
  return prepared.rows.map((r) =>
    r.kind === 'ok' ? `${r.line} ${r.stage} ${r.application.company}` : r.reason,
  );
}

describe('prepareImport on a fixture per known format', () => {
  it.each([
    [
      'linkedin-job-applications.csv',
      'linkedin-applications',
      ['2 applied Acme Corp', '3 applied Globex', '4 applied Initech'],
    ],
    ['linkedin-saved-jobs.csv', 'linkedin-saved', ['2 saved Umbrella', '3 saved Acme Corp']],
    [
      'huntr.csv',
      'huntr',
      [
        '2 applied Acme Corp',
        '3 interviewing Globex',
        '4 saved Umbrella',
        '5 rejected Initech',
        '6 offer Hooli',
      ],
    ],
    [
      'teal.csv',
      'teal',
      [
        '2 applied Acme Corp',
        '3 interviewing Globex',
        '4 saved Umbrella',
        '5 saved Vandelay Industries',
        '6 offer Hooli',
        '7 offer Pied Piper',
        '8 rejected Initech',
        '9 withdrawn Soylent',
        '10 ghosted Massive Dynamic',
      ],
    ],
    [
      'jobsync.csv',
      'jobsync',
      [
        '2 applied Acme Corp',
        '3 interviewing Globex',
        '4 saved Umbrella',
        '5 rejected Initech',
        '6 ghosted Sirius Cybernetics',
      ],
    ],
    [
      'reactive-resume.csv',
      'reactive-resume',
      ['2 applied Acme Corp', '3 interviewing Globex', '4 rejected Initech', '5 saved Umbrella'],
    ],
  ])('imports %s as %s', (name, format, rows) => {
    const prepared = prepare(name);
    expect(prepared.kind === 'ready' && prepared.file.format).toBe(format);
    expect(summary(prepared)).toEqual(rows);
  });

  it('imports a LinkedIn application dated from the file, with the Q&A as an imported note and no contact', () => {
    const prepared = prepare('linkedin-job-applications.csv');
    const row = prepared.kind === 'ready' ? prepared.rows[0] : undefined;
    expect(row).toMatchObject({
      kind: 'ok',
      line: 2,
      naturalKey: 'acme corp|senior engineer|url:linkedin.com/jobs/view/3791234567',
      stage: 'applied',
      contacts: [],
      warnings: [],
      application: {
        company: 'Acme Corp',
        role: 'Senior Engineer',
        postingUrl: 'https://www.linkedin.com/jobs/view/3791234567/',
        source: 'linkedin',
        appliedAt: '2024-11-20T13:15:00Z',
        policy: { noContact: false, noCalls: false, noAgencies: false, onlyShortlistedContacted: false },
      },
      events: [
        {
          kind: 'applied',
          at: '2024-11-20T13:15:00Z',
          source: 'import',
          note: 'Imported from LinkedIn Job Applications.csv, line 2.',
        },
        {
          kind: 'note',
          at: '2024-11-20T13:15:00Z',
          source: 'import',
          note: expect.stringContaining(
            'Imported note from LinkedIn Job Applications.csv, line 2:\nHow many years',
          ),
        },
      ],
    });
  });

  it('takes Reactive Resume’s contact, with the role it gives in brackets', () => {
    const prepared = prepare('reactive-resume.csv');
    const rows = prepared.kind === 'ready' ? prepared.rows : [];
    expect(rows.map((r) => (r.kind === 'ok' ? r.contacts : r.reason))).toEqual([
      [],
      [{ name: 'Jane Roe', role: 'recruiter', email: null, phone: null, phoneIsDirect: false }],
      [],
      [],
    ]);
  });

  it('plans from the date in the file: an application from three weeks ago is dated three weeks ago, not today', () => {
    const csv = 'Company,Role,Status,Applied\nAcme,Engineer,Applied,2025-12-25\n';
    const prepared = prepareImport(new TextEncoder().encode(csv), {
      zone: 'Europe/Berlin',
      now: '2026-01-15T10:00:00Z',
    });
    expect(prepared.kind === 'ready' && prepared.rows[0]).toMatchObject({
      events: [{ kind: 'applied', at: '2025-12-25T11:00:00Z' }],
      application: { appliedAt: '2025-12-25T11:00:00Z' },
    });
  });
});

describe('prepareImport on messy files', () => {
  it.each([
    ['teal-bom.csv', 'utf-8-bom', ','],
    ['huntr-windows-1252.csv', 'windows-1252', ','],
    ['linkedin-saved-jobs-utf16le.csv', 'utf-16le', ','],
    ['generic-semicolon.csv', 'utf-8', ';'],
    ['generic-tab.tsv', 'utf-8', '\t'],
  ])('reads %s as %s with "%s"', (name, encoding, delimiter) => {
    const prepared = prepare(name);
    expect(prepared.kind).toBe('ready');
    expect(prepared.kind === 'ready' && [prepared.file.encoding, prepared.file.delimiter]).toEqual([
      encoding,
      delimiter,
    ]);
  });

  it.each([
    ['a semicolon', 'sep=;\r\nCompany;Role;Phone\r\nAcme, Inc.;Engineer;+1 555 0100\r\n', ';'],
    ['a comma, after a byte order mark', '\uFEFFSEP=,\nCompany,Role,Phone\nAcme; Inc.,Engineer,+1 555 0100\n', ','],
    ['a tab', 'sep=\t\nCompany\tRole\tPhone\nAcme, Inc.\tEngineer\t+1 555 0100\n', '\t'],
  ])('takes Excel’s sep= line as the delimiter (%s) and skips it, keeping line numbers', (_name, text, delimiter) => {
    const prepared = prepareImport(new TextEncoder().encode(text), base);
    expect(prepared.kind === 'ready' && prepared.file).toMatchObject({
      delimiter,
      columns: [{ header: 'Company' }, { header: 'Role' }, { header: 'Phone' }],
    });
    expect(prepared.kind === 'ready' && prepared.rows[0]).toMatchObject({
      line: 3,
      application: { role: 'Engineer' },
      contacts: [{ phone: '+1 555 0100' }],
    });
  });

  it('keeps accented names from a windows-1252 file', () => {
    expect(summary(prepare('huntr-windows-1252.csv'))).toEqual([
      '2 applied Société Générale',
      '3 interviewing Müller & Söhne',
    ]);
  });

  it('keeps a quoted newline inside the notes and counts lines past it', () => {
    const prepared = prepare('teal-quoted-newline.csv');
    expect(summary(prepared)).toEqual(['2 interviewing Globex', '4 applied Acme Corp']);
    const note =
      prepared.kind === 'ready' && prepared.rows[0]?.kind === 'ok'
        ? prepared.rows[0].events.at(-1)?.note
        : null;
    expect(note).toBe(
      'Imported note from Teal, line 2:\nRecruiter call went well.\nNext: panel on the 2nd, "bring a laptop"',
    );
  });

  it('skips blank rows and rows of empty cells, keeping the line numbers of the others', () => {
    expect(summary(prepare('teal-blank-rows.csv'))).toEqual(['2 applied Acme Corp', '6 applied Globex']);
  });

  it('reads a semicolon file’s dates day first, as its values show, with a contact from a tab file', () => {
    const semicolon = prepare('generic-semicolon.csv');
    expect(semicolon.kind === 'ready' && semicolon.dates).toEqual([
      { header: 'Applied', field: 'appliedAt', order: 'DMY', decidedBy: 'values' },
    ]);
    const tab = prepare('generic-tab.tsv');
    expect(tab.kind === 'ready' && tab.rows[0]).toMatchObject({
      contacts: [
        { name: 'Sam Lee', email: 'sam.lee@acme.example', role: 'other', phone: null, phoneIsDirect: false },
      ],
    });
  });
});

describe('prepareImport when it needs the user', () => {
  it('asks for the date order of an ambiguous file, then reads it as told', () => {
    expect(prepare('dates-ambiguous.csv')).toMatchObject({
      kind: 'needs-date-order',
      columns: [
        {
          header: 'Applied',
          field: 'appliedAt',
          conflict: false,
          candidates: ['DMY', 'MDY'],
          examples: ['03/04/2024', '05/06/2024'],
        },
      ],
    });
    const told = prepare('dates-ambiguous.csv', { dateOrder: 'MDY' });
    expect(told.kind === 'ready' && told.rows.map((r) => r.kind === 'ok' && r.application.appliedAt)).toEqual(
      ['2024-03-04T17:00:00Z', '2024-05-06T16:00:00Z', '2024-07-07T16:00:00Z'],
    );
  });

  it('resolves a file whose column decides its own order', () => {
    const prepared = prepare('dates-resolvable.csv');
    expect(prepared.kind === 'ready' && prepared.rows.map((r) => r.kind === 'ok' && r.naturalKey)).toEqual([
      'acme corp|senior engineer|applied:2024-04-03',
      'globex|platform engineer|applied:2024-04-25',
      'initech|backend developer|applied:2024-05-07',
    ]);
  });

  it('reads an undecided date column in the order another column of the file shows', () => {
    const csv = 'Company,Role,Date Saved,Date Applied\nAcme,Engineer,03/04/2024,25/04/2024\n';
    const prepared = prepareImport(new TextEncoder().encode(csv), base);
    expect(prepared.kind === 'ready' && prepared.dates).toEqual([
      { header: 'Date Saved', field: 'savedAt', order: 'DMY', decidedBy: 'file' },
      { header: 'Date Applied', field: 'appliedAt', order: 'DMY', decidedBy: 'values' },
    ]);
  });

  it('reports contradicting dates as a conflict, and rejects the rows that do not fit the order chosen', () => {
    expect(prepare('dates-conflicting.csv')).toMatchObject({
      kind: 'needs-date-order',
      columns: [{ conflict: true }],
    });
    expect(summary(prepare('dates-conflicting.csv', { dateOrder: 'DMY' }))).toEqual([
      '2 applied Acme Corp',
      'line 3: Applied "04/13/2024" is not a date read as day/month/year',
    ]);
  });

  it('asks for a mapping, with a preview of the columns, when it finds no company or role', () => {
    expect(prepare('generic-unmapped.csv')).toMatchObject({
      kind: 'needs-mapping',
      missing: ['company', 'role'],
      file: {
        format: 'generic',
        confidence: 'none',
        columns: [
          { header: 'Firm', field: null, samples: ['Acme Corp', 'Globex'] },
          { header: 'Posting' },
          { header: 'Sent on' },
          { header: 'Where' },
        ],
      },
    });
  });

  it('imports with the user’s --map', () => {
    const prepared = prepare('generic-unmapped.csv', {
      map: 'Firm=company,Posting=role,"Sent on"=appliedAt,Where=location',
    });
    expect(summary(prepared)).toEqual(['2 applied Acme Corp', '3 applied Globex']);
    expect(prepared.kind === 'ready' && prepared.rows[0]).toMatchObject({
      application: { location: 'Austin', appliedAt: '2024-11-20T17:00:00Z' },
    });
  });

  it('imports with the columns chosen one by one, replacing what was detected', () => {
    const prepared = prepare('generic-unmapped.csv', { columns: ['company', 'role', 'appliedAt', null] });
    expect(summary(prepared)).toEqual(['2 applied Acme Corp', '3 applied Globex']);
    expect(prepared.kind === 'ready' && prepared.file).toMatchObject({
      confidence: 'guess',
      columns: [{ field: 'company' }, { field: 'role' }, { field: 'appliedAt' }, { field: null }],
    });
    expect(prepared.kind === 'ready' && prepared.rows[0]).toMatchObject({ application: { location: null } });
  });

  it('lays --map over the chosen columns', () => {
    const prepared = prepare('generic-unmapped.csv', { columns: ['company', 'role', null, null], map: 'Where=location' });
    expect(prepared.kind === 'ready' && prepared.rows[0]).toMatchObject({ application: { location: 'Austin', appliedAt: null } });
  });

  it('explains chosen columns that cannot be used, and still previews the file', () => {
    const prepared = prepare('generic-unmapped.csv', { columns: ['company', 'company', null, null] });
    expect(prepared).toMatchObject({
      kind: 'bad-mapping',
      error: 'company is chosen for both "Firm" and "Posting"; pick it for one column only',
      file: { columns: [{ header: 'Firm', samples: ['Acme Corp', 'Globex'] }, {}, {}, {}] },
    });
  });

  it.each([
    ['Firm=firm', 'part 1 "Firm=firm": "firm" is not a field'],
    [
      'Company=company',
      '--map names a column "Company" the file does not have; its columns are "Firm", "Posting", "Sent on", "Where"',
    ],
  ])('explains a bad --map %s', (map, error) => {
    const prepared = prepare('generic-unmapped.csv', { map });
    expect(prepared.kind).toBe('bad-mapping');
    expect(prepared.kind === 'bad-mapping' && prepared.error).toContain(error);
  });

  it('says why each rejected row is rejected, and keeps the good ones with their warnings', () => {
    const prepared = prepare('rejected-rows.csv');
    expect(summary(prepared)).toEqual([
      '2 applied Acme Corp',
      'line 3: no company name',
      'line 4: no job title',
      'line 5: Applied "2024-02-30" is not a date',
      'line 6: the same application as line 2 (same company, role and posting or date)',
      '7 applied Umbrella',
    ]);
    expect(prepared.kind === 'ready' && prepared.rows[5]).toMatchObject({
      contacts: [],
      warnings: [
        'status "Phone call pending" is not one hearback knows; imported as applied, from its dates',
        'contact email "not an address" is not an address; it is left out',
      ],
    });
  });

  it('says so when the file cannot be read', () => {
    expect(prepareImport(new TextEncoder().encode('Company,Role\n"Acme,Engineer\n'), base)).toMatchObject({
      kind: 'unreadable',
      error: { line: 2, message: 'a quoted value opened on line 2 is never closed' },
    });
    expect(prepareImport(new Uint8Array(), base)).toMatchObject({
      kind: 'unreadable',
      error: { message: 'the file is empty: no header row' },
    });
  });

  it('throws a validation error for an unknown zone or an unreadable now, which are the caller’s mistakes', () => {
    expect(() => prepareImport(read('teal.csv'), { ...base, zone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'zone' }),
    );
    expect(() => prepareImport(read('teal.csv'), { ...base, now: 'yesterday' })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'now' }),
    );
  });
});
