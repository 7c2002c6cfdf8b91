import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCsvBytes } from './decode-csv-bytes';
import { FORMAT_CHOICES } from './known-formats';
import { parseCsv } from './parse-csv';
import { prepareImport } from './prepare-import';
import type { PreparedImport } from './prepare-import';
import { DELIMITERS, sniffDelimiter } from './sniff-delimiter';

const options = { zone: 'Europe/Berlin', now: '2026-01-15T10:00:00Z' };

const HEADERS = [
  'Company',
  'Company Name',
  'Role',
  'Job Title',
  'Status',
  'List',
  'Stage',
  'Applied',
  'Date Applied',
  'Application Date',
  'Saved Date',
  'Date Added',
  'Job Url',
  'URL',
  'Notes',
  'Email',
  'Contact',
  'Phone',
  'Location',
  'Closed Reason',
  'Stage Date',
];
const CELLS = [
  'Acme',
  'Acme, Inc.',
  'Société Générale',
  '',
  ' ',
  'N/A',
  'Applied',
  'Interview',
  'closed',
  'Not Selected',
  'Wishlist',
  '11/20/24, 8:15 AM',
  '25/12/2024',
  '03/04/2024',
  '2024-02-30',
  '2024-11-20T08:15:00Z',
  'Nov 20, 2024',
  'https://www.linkedin.com/jobs/view/1/',
  'sam@acme.example',
  'not an email',
  '=1+1',
  'say "hi"',
  'line\nbreak',
  '😀',
  ';',
  '\t',
];

const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ unit: 'grapheme', maxLength: 12 }));
/**
 * Writes a cell quoted, bare, or now and then with a broken quote, so parsing sees well-formed input most of
 * the time and malformed input often enough.
 */
const style = fc.oneof(
  { arbitrary: fc.constant('quoted' as const), weight: 20 },
  { arbitrary: fc.constant('bare' as const), weight: 20 },
  { arbitrary: fc.constant('broken' as const), weight: 1 },
);
const written = fc
  .tuple(cell, style)
  .map(([value, how]) =>
    how === 'quoted' ? `"${value.replace(/"/g, '""')}"` : how === 'broken' ? `"${value}` : value,
  );
/** Mostly a company and a role column among others, so that many files get as far as mapping rows. */
const headers = fc
  .tuple(
    fc.constantFrom('Company', 'Company Name', 'Firm'),
    fc.constantFrom('Role', 'Job Title', 'Posting'),
    fc.array(fc.oneof(fc.constantFrom(...HEADERS), fc.string({ maxLength: 10 })), { maxLength: 5 }),
  )
  .chain(([company, role, rest]) =>
    fc.shuffledSubarray([company, role, ...rest], { minLength: rest.length + 2 }),
  );
const csvText = fc
  .tuple(
    fc.constantFrom(...DELIMITERS),
    headers,
    fc.array(fc.array(written, { maxLength: 8 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([delimiter, names, rows, eol]) =>
    [names.join(delimiter), ...rows.map((r) => r.join(delimiter))].join(eol),
  );
const encoded = fc.tuple(csvText, fc.constantFrom('utf-8', 'bom', 'utf-16le')).map(([text, encoding]) => {
  if (encoding === 'utf-16le') {
    const units = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    return new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array(units).buffer)]);
  }
  const utf8 = new TextEncoder().encode(text);
  return encoding === 'bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
});
const choices = fc.record({
  format: fc.constantFrom(...FORMAT_CHOICES),
  dateOrder: fc.constantFrom(undefined, 'MDY' as const, 'DMY' as const),
});

function dataRowLines(bytes: Uint8Array): number[] {
  const { text } = decodeCsvBytes(bytes);
  const parsed = parseCsv(text, { delimiter: sniffDelimiter(text) });
  return parsed.ok ? parsed.csv.rows.map((r) => r.line) : [];
}

function checkReady(prepared: PreparedImport, bytes: Uint8Array): void {
  if (prepared.kind !== 'ready') return;
  expect(prepared.rows.map((r) => r.line)).toEqual(dataRowLines(bytes));
  const keys = new Set<string>();
  for (const row of prepared.rows) {
    if (row.kind === 'rejected') {
      expect(Object.keys(row).every((k) => ['kind', 'line', 'reason', 'field'].includes(k))).toBe(true);
      expect(row.reason.startsWith(`line ${row.line}: `)).toBe(true);
      continue;
    }
    expect(row.application.company.trim()).not.toBe('');
    expect(row.application.role.trim()).not.toBe('');
    expect(
      row.events.every((e) => e.source === 'import' && e.note !== null && !Number.isNaN(Date.parse(e.at))),
    ).toBe(true);
    expect(keys.has(row.naturalKey)).toBe(false);
    keys.add(row.naturalKey);
  }
}

describe('importing random CSV', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        choices,
        (bytes, choice) => void prepareImport(bytes, { ...options, ...choice }),
      ),
    );
  });

  it('never throws on random CSV text, and gives exactly one result per data row, in file order', () => {
    fc.assert(
      fc.property(encoded, choices, (bytes, choice) =>
        checkReady(prepareImport(bytes, { ...options, ...choice }), bytes),
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the other rows exactly as they were when a bad row is added', () => {
    const good = fc.tuple(
      fc.stringMatching(/^[A-Z][a-z]{2,8}$/),
      fc.stringMatching(/^[A-Z][a-z]{2,8}$/),
      fc.integer({ min: 1, max: 28 }),
    );
    const bad = fc.constantFrom(
      ',Engineer,2024-11-20',
      'Acme,,2024-11-20',
      'Acme,Engineer,2024-13-45',
      'N/A',
      ' ,Engineer',
    );
    // Row results differ only in the line numbers they quote, which the inserted row shifts.
    const withoutLines = (rows: unknown[]) =>
      JSON.parse(
        JSON.stringify(rows)
          .replace(/line \d+/g, 'line N')
          .replace(/"line":\d+/g, '"line":0'),
      );
    fc.assert(
      fc.property(
        fc.uniqueArray(good, { minLength: 1, maxLength: 6, selector: ([c, r]) => `${c}|${r}` }),
        bad,
        fc.nat(),
        (rows, badRow, at) => {
          const lines = rows.map(
            ([company, role, day]) => `${company},${role},2024-11-${String(day).padStart(2, '0')}`,
          );
          const index = at % (lines.length + 1);
          const withBad = [...lines.slice(0, index), badRow, ...lines.slice(index)];
          const before = prepareImport(
            new TextEncoder().encode(['Company,Role,Applied', ...lines].join('\n')),
            options,
          );
          const after = prepareImport(
            new TextEncoder().encode(['Company,Role,Applied', ...withBad].join('\n')),
            options,
          );
          if (before.kind !== 'ready' || after.kind !== 'ready')
            throw new Error('both files should be ready');
          expect(withoutLines(after.rows.filter((r) => r.kind === 'ok'))).toEqual(withoutLines(before.rows));
          expect(after.rows.filter((r) => r.kind === 'rejected')).toEqual([
            expect.objectContaining({ kind: 'rejected', line: index + 2 }),
          ]);
        },
      ),
    );
  });
});
