import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { importCsv } from './import-csv';
import { previewImport, PREVIEW_ROWS } from './import-preview';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../core/import/fixtures/${name}`, import.meta.url));
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-01-15T15:00:00Z', 'America/New_York');
});
afterEach(() => rt.cleanup());

describe('previewImport', () => {
  it('shows each row as it would import, with the dry run’s counts, and writes nothing', async () => {
    const preview = await previewImport(rt.deps, fixture('linkedin-job-applications.csv'), {});
    expect(preview).toMatchObject({
      kind: 'ready',
      file: { format: 'linkedin-applications', confidence: 'exact' },
      dates: [{ header: 'Application Date', order: 'MDY' }],
      report: { created: 3, updated: 0, unchanged: 0, rejected: [] },
      totalRows: 3,
    });
    expect(preview.kind === 'ready' && preview.rows[0]).toEqual({
      line: 2,
      outcome: 'created',
      company: 'Acme Corp',
      role: 'Senior Engineer',
      stage: 'applied',
      postingUrl: 'https://www.linkedin.com/jobs/view/3791234567/',
      events: [
        { kind: 'applied', at: '2024-11-20T13:15:00Z' },
        { kind: 'note', at: '2024-11-20T13:15:00Z' },
      ],
      // LinkedIn's contact columns hold the applicant's own address and phone, so they make no contact.
      contacts: [],
      warnings: [],
      reason: null,
      field: null,
    });
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect(await rt.deps.db.listImportKeys()).toEqual([]);
  });

  it('says every row is unchanged once the file was imported', async () => {
    await importCsv(rt.deps, fixture('linkedin-job-applications.csv'));
    const preview = await previewImport(rt.deps, fixture('linkedin-job-applications.csv'), {});
    expect(preview.kind === 'ready' && preview.report).toMatchObject({ created: 0, unchanged: 3 });
    expect(preview.kind === 'ready' && preview.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
  });

  it('shows an updated row with the dates the import would write, not the file’s', async () => {
    await importCsv(rt.deps, csv('Company,Role,Status,Date Applied\nAcme,Engineer,Applied,2026-01-05\n'));
    const later = { ...rt.deps, clock: { now: () => new Date('2026-01-25T15:00:00Z') } };
    const preview = await previewImport(later, csv('Company,Role,Status,Date Applied\nAcme,Engineer,Interviewing,2026-01-05\n'), {});
    if (preview.kind !== 'ready') throw new Error(`expected a preview, got ${preview.kind}`);
    const [row] = preview.rows;
    expect(row?.outcome).toBe('updated');
    // The file dates only the application; the interview was first seen after the first import, so it is
    // dated no earlier than that import, as the import itself would write it.
    const interview = row?.events.find((e) => e.kind === 'interview');
    expect(interview?.at.slice(0, 10)).not.toBe('2026-01-05');
    expect(Date.parse(interview?.at ?? '')).toBeGreaterThanOrEqual(Date.parse('2026-01-15T15:00:00Z'));
  });

  it('lists rejected rows in file order with their reasons', async () => {
    const preview = await previewImport(rt.deps, fixture('rejected-rows.csv'), {});
    if (preview.kind !== 'ready') throw new Error(`expected ready, got ${preview.kind}`);
    expect(preview.rows.map((r) => [r.line, r.outcome, r.reason])).toEqual([
      [2, 'created', null],
      [3, 'rejected', 'line 3: no company name'],
      [4, 'rejected', 'line 4: no job title'],
      [5, 'rejected', 'line 5: Applied "2024-02-30" is not a date'],
      [6, 'rejected', 'line 6: the same application as line 2 (same company, role and posting or date)'],
      [7, 'created', null],
    ]);
    expect(preview.rows[1]).toMatchObject({ company: null, field: 'company' });
    expect(preview.rows[5]?.warnings).toContain('contact email "not an address" is not an address; it is left out');
  });

  it(`shows the first ${PREVIEW_ROWS} rows and counts them all`, async () => {
    const lines = Array.from({ length: 45 }, (_, i) => `Company ${i},Engineer,2025-12-${String((i % 28) + 1).padStart(2, '0')}`);
    const preview = await previewImport(rt.deps, csv(`Company,Role,Applied\n${lines.join('\n')}\n`), {});
    expect(preview.kind === 'ready' && [preview.rows.length, preview.totalRows, preview.report.created]).toEqual([PREVIEW_ROWS, 45, 45]);
  });

  it('asks for a mapping, then previews with the columns chosen one by one', async () => {
    const bytes = csv('Firma;Stelle;Beworben am\nAcme Corp;Engineer;2025-11-20\nGlobex;Designer;2025-11-13\n');
    expect(await previewImport(rt.deps, bytes, {})).toMatchObject({
      kind: 'needs-mapping',
      missing: ['company', 'role'],
      file: { delimiter: ';', columns: [{ header: 'Firma', field: null, samples: ['Acme Corp', 'Globex'] }, { header: 'Stelle' }, { header: 'Beworben am' }] },
    });
    const preview = await previewImport(rt.deps, bytes, { columns: ['company', 'role', 'appliedAt'] });
    expect(preview.kind === 'ready' && preview.rows.map((r) => [r.company, r.role, r.stage, r.events[0]?.at])).toEqual([
      ['Acme Corp', 'Engineer', 'applied', '2025-11-20T17:00:00Z'],
      ['Globex', 'Designer', 'applied', '2025-11-13T17:00:00Z'],
    ]);
  });

  it('explains a mapping that fills a field twice', async () => {
    const preview = await previewImport(rt.deps, csv('Firma,Stelle\nAcme,Engineer\n'), { columns: ['company', 'company'] });
    expect(preview).toMatchObject({ kind: 'bad-mapping', error: 'company is chosen for both "Firma" and "Stelle"; pick it for one column only' });
  });

  it('asks which order ambiguous dates are in, with examples, and reads them as answered', async () => {
    expect(await previewImport(rt.deps, fixture('dates-ambiguous.csv'), {})).toMatchObject({
      kind: 'needs-date-order',
      columns: [{ header: 'Applied', field: 'appliedAt', candidates: ['DMY', 'MDY'], examples: expect.arrayContaining(['03/04/2024']) }],
    });
    const preview = await previewImport(rt.deps, fixture('dates-ambiguous.csv'), { dateOrder: 'DMY' });
    expect(preview.kind === 'ready' && preview.rows[0]?.events[0]?.at.slice(0, 10)).toBe('2024-04-03');
  });

  it('says when the file is not CSV it can read', async () => {
    expect(await previewImport(rt.deps, csv('Company,Role\n"Acme,Engineer\n'), {})).toMatchObject({ kind: 'unreadable', error: { line: 2 } });
  });
});
