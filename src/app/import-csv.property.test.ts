import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { isAppError } from '../core/app-error';
import { importCsv } from './import-csv';

let rt: TempRuntime;
beforeAll(async () => {
  rt = await tempRuntime('2026-01-15T15:00:00Z', 'Europe/Berlin');
});
afterAll(() => rt.cleanup());

/** Row counts of every table an import writes. */
async function counts() {
  const db = rt.deps.db;
  const [apps, contacts, events, actions, keys] = await Promise.all([
    db.listApplications(),
    db.listContacts(),
    db.listEvents(),
    db.listActions(),
    db.listImportKeys(),
  ]);
  return {
    apps: apps.length,
    contacts: contacts.length,
    events: events.length,
    actions: actions.length,
    keys: keys.length,
  };
}

const HEADERS = [
  'Company',
  'Role',
  'Status',
  'Applied',
  'Date Saved',
  'Job URL',
  'Notes',
  'Email',
  'Contact',
  'List',
  'Stage',
];
const CELLS = [
  'Acme',
  'Engineer',
  'Applied',
  'Interview',
  'Rejected',
  '2025-12-24',
  '03/04/2025',
  '2025-02-30',
  'N/A',
  '',
  '=1+1',
  'a,b',
  'x"y',
  'line\nbreak',
  'sam@acme.example',
  '😀',
];
const cell = fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 10 }));
const quoted = (v: string) => `"${v.replace(/"/g, '""')}"`;
const randomCsv = fc
  .tuple(
    fc.constantFrom(',', ';', '\t'),
    fc.shuffledSubarray(HEADERS, { minLength: 1 }),
    fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 10 }),
  )
  .map(([d, headers, rows]) => [headers.join(d), ...rows.map((r) => r.map(quoted).join(d))].join('\n'));
const anyBytes = fc.oneof(
  randomCsv.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ maxLength: 300 }),
);

/**
 * Rows whose company is unique (so no row duplicates another), each either valid or invalid in one of the
 * ways a row is rejected: no company, no role, or a date that does not exist.
 */
const mixedRows = fc.array(fc.constantFrom('ok', 'no-company', 'no-role', 'bad-date'), {
  minLength: 1,
  maxLength: 12,
});

let fileNumber = 0;

describe('importCsv on random input', () => {
  it('never fails with anything but an AppError, and its counts always add up to the file', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, fc.boolean(), async (bytes, dryRun) => {
        const before = await counts();
        let result: Awaited<ReturnType<typeof importCsv>>;
        try {
          result = await importCsv(rt.deps, bytes, { dryRun });
        } catch (error) {
          expect(isAppError(error)).toBe(true);
          expect(await counts()).toEqual(before);
          return;
        }
        if (result.kind !== 'imported' || dryRun) {
          expect(await counts()).toEqual(before);
          return;
        }
        const after = await counts();
        expect(after.apps - before.apps).toBe(result.report.created);
        expect(after.keys - before.keys).toBe(result.report.created);
      }),
      { numRuns: 150 },
    );
  });

  it('writes exactly the valid rows of a mixed file, and nothing of a file whose rows are all invalid', async () => {
    await fc.assert(
      fc.asyncProperty(mixedRows, async (kinds) => {
        const n = ++fileNumber;
        const lines = kinds.map((kind, i) => {
          const company = kind === 'no-company' ? '' : `Company ${n}-${i}`;
          const role = kind === 'no-role' ? '' : 'Engineer';
          const date = kind === 'bad-date' ? '2025-02-30' : '2025-12-22';
          return `${company},${role},Interviewing,${date},person${i}@example.com`;
        });
        const before = await counts();
        const result = await importCsv(
          rt.deps,
          new TextEncoder().encode(['Company,Role,Status,Applied,Email', ...lines].join('\n')),
        );
        if (result.kind !== 'imported') throw new Error(`unexpected ${result.kind}`);
        const valid = kinds.filter((k) => k === 'ok').length;
        expect(result.report.created).toBe(valid);
        expect(result.report.rejected.map((r) => r.line)).toEqual(
          kinds.flatMap((k, i) => (k === 'ok' ? [] : [i + 2])),
        );
        // Each valid row writes one application, one contact, an applied and an interview event, and one key.
        expect(await counts()).toMatchObject({
          apps: before.apps + valid,
          contacts: before.contacts + valid,
          events: before.events + 2 * valid,
          keys: before.keys + valid,
        });
        const companies = new Set((await rt.deps.db.listApplications()).map((a) => a.company));
        kinds.forEach((kind, i) => expect(companies.has(`Company ${n}-${i}`)).toBe(kind === 'ok'));
      }),
      { numRuns: 60 },
    );
  });
});
