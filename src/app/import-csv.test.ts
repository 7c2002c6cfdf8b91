import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { exportDocument } from './export-data';
import { importCsv, type ImportCsvOptions } from './import-csv';
import { logEvent } from './log-event';
import { today } from './today';
import { updateSettings } from './update-settings';

const FIXTURES = new URL('../core/import/fixtures/', import.meta.url);
const fixture = (name: string): Uint8Array => readFileSync(new URL(name, FIXTURES));
const csv = (text: string): Uint8Array => new TextEncoder().encode(text);

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-01-15T15:00:00Z', 'America/New_York');
});
afterEach(() => rt.cleanup());

/** Everything in the store except the export's own time stamp, to compare before and after. */
async function snapshot() {
  const { exportedAt: _at, ...doc } = await exportDocument(rt.deps);
  return { ...doc, keys: await rt.deps.db.listImportKeys() };
}

async function imported(bytes: Uint8Array, options: ImportCsvOptions = {}) {
  const result = await importCsv(rt.deps, bytes, options);
  if (result.kind !== 'imported') throw new Error(`expected an import, got ${result.kind}`);
  return result;
}

describe('importCsv on every fixture', () => {
  const ready = readdirSync(FIXTURES).filter(
    (n) => !/^(dates-ambiguous|dates-conflicting|generic-unmapped)/.test(n),
  );

  it.each(ready)('imports %s once; importing it again changes nothing', async (name) => {
    const first = await imported(fixture(name));
    expect(first.report.created).toBeGreaterThan(0);
    expect(first.rows.every((r) => r.outcome === 'created')).toBe(true);
    expect(await rt.deps.db.countApplications()).toBe(first.report.created);
    const before = await snapshot();
    rt.clock.set('2026-01-16T15:00:00Z');
    const again = await imported(fixture(name));
    expect(again.report).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: first.report.created,
      warnings: [],
    });
    expect(again.report.rejected).toEqual(first.report.rejected);
    expect(await snapshot()).toEqual(before);
  });
});

describe('importCsv', () => {
  it('marks every imported event as imported and derives each stage from the file', async () => {
    const result = await imported(fixture('huntr.csv'));
    expect(result.file.format).toBe('huntr');
    const apps = await rt.deps.db.listApplications();
    const byCompany = (rows: { company: string; stage: string }[]) =>
      rows.map((r) => [r.company, r.stage]).sort();
    expect(byCompany(apps)).toEqual(byCompany(result.rows));
    expect(byCompany(apps)).toContainEqual(['Hooli', 'offer']);
    expect(new Set((await rt.deps.db.listEvents()).map((e) => e.source))).toEqual(new Set(['import']));
  });

  it('plans from the date in the file: applied three weeks ago is due for a follow-up now, not in a week', async () => {
    await imported(
      csv('Company,Role,Status,Applied,Email\nAcme,Engineer,Applied,2025-12-22,sam@acme.example\n'),
    );
    const agenda = await today(rt.deps);
    expect(agenda.due.map((i) => [i.action.kind, i.action.context.appliedOn])).toEqual([
      ['follow_up', '2025-12-22'],
    ]);
    expect(Date.parse(agenda.due[0]!.action.due.start)).toBeLessThan(Date.parse('2026-01-05T00:00:00Z'));
  });

  it('counts rejected rows with their reasons and writes nothing of them', async () => {
    const result = await imported(fixture('rejected-rows.csv'));
    expect(result.report.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'company'],
      [4, 'role'],
      [5, 'appliedAt'],
      [6, null],
    ]);
    expect(result.report.rejected[0]?.reason).toBe('line 3: no company name');
    expect(result.report.rejected[3]?.reason).toMatch(/line 6: the same application as line 2/);
    expect((await rt.deps.db.listApplications()).map((a) => a.company).sort()).toEqual([
      'Acme Corp',
      'Umbrella',
    ]);
  });

  it('updates a changed row: imported events are replaced, the user’s own events and the contact id stay', async () => {
    const v1 =
      'Company,Role,Status,Applied,Contact,Email\nAcme,Engineer,Applied,2025-12-22,Sam Lee,sam@acme.example\nGlobex,SRE,Applied,2025-12-23,,\n';
    await imported(csv(v1));
    const acme = (await rt.deps.db.listApplications())[0]!;
    const [contact] = await rt.deps.db.listContacts({ applicationId: acme.id });
    await logEvent(rt.deps, { applicationId: acme.id, kind: 'note', note: 'Sam said to wait for January.' });
    const v2 = v1.replace(
      'Acme,Engineer,Applied,2025-12-22,Sam Lee,sam@acme.example',
      'Acme,Engineer,Interviewing,2025-12-22,Sam Lee,sam.lee@acme.example',
    );
    const result = await imported(csv(v2));
    expect(result.report).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const events = await rt.deps.db.listEvents({ applicationId: acme.id });
    // The interview, first seen now with no date, is dated no earlier than the note the user logged.
    expect(events.map((e) => [e.kind, e.source])).toEqual([
      ['applied', 'import'],
      ['note', 'manual'],
      ['interview', 'import'],
    ]);
    expect(await rt.deps.db.listContacts({ applicationId: acme.id })).toEqual([
      { ...contact, email: 'sam.lee@acme.example' },
    ]);
    expect((await rt.deps.db.getApplication(acme.id))?.stage).toBe('interviewing');
  });

  it('dates a stage first seen by a re-import after the previous import, and plans no thank-you for it', async () => {
    rt.clock.set('2024-12-01T15:00:00Z');
    await imported(csv('Company,Role,Status,Applied\nAcme,Engineer,Applied,2024-11-01\n'));
    rt.clock.set('2024-12-10T15:00:00Z');
    const result = await imported(csv('Company,Role,Status,Applied\nAcme,Engineer,Interviewing,2024-11-01\n'));
    const events = await rt.deps.db.listEvents();
    expect(events.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['applied', '2024-11-01'],
      ['interview', '2024-12-01'],
    ]);
    expect(result.report.warnings).toEqual([
      { line: 2, message: 'no date for the interview; dated at the previous import of this row, which did not list it' },
    ]);
    expect((await today(rt.deps)).due).toEqual([]);
  });

  it('plans no thank-you for an interview that had happened when it was imported, and one for a coming interview', async () => {
    await imported(
      csv('Company,Role,Status,Interview Date\nAcme,Engineer,Interviewing,\nGlobex,SRE,Interviewing,2026-01-20\n'),
    );
    const agenda = await today(rt.deps, { days: 14 });
    const thanks = [...agenda.due, ...agenda.upcoming].filter((i) => i.action.kind === 'thank_you');
    expect(thanks.map((i) => i.application.company)).toEqual(['Globex']);
  });

  it('never dates a re-imported rejection before a reply the user logged since', async () => {
    rt.clock.set('2024-11-20T15:00:00Z');
    await imported(csv('Company,Role,Status,Applied\nAcme,Engineer,Applied,2024-11-01\n'));
    const acme = (await rt.deps.db.listApplications())[0]!;
    await logEvent(rt.deps, { applicationId: acme.id, kind: 'reply', at: '2024-11-25T14:00:00Z' });
    rt.clock.set('2024-12-10T15:00:00Z');
    await imported(csv('Company,Role,Status,Applied\nAcme,Engineer,Rejected,2024-11-01\n'));
    const rejection = (await rt.deps.db.listEvents()).find((e) => e.kind === 'rejection');
    expect(rejection?.at).toBe('2024-11-25T14:00:00.000Z');
  });

  it('lets a LinkedIn saved job and its application be one, and never undoes the application with the saved job', async () => {
    expect((await imported(fixture('linkedin-saved-jobs.csv'))).report.created).toBe(2);
    const applications = await imported(fixture('linkedin-job-applications.csv'));
    expect(applications.report).toMatchObject({ created: 2, updated: 1 });
    const acme = (await rt.deps.db.listApplications()).find((a) => a.company === 'Acme Corp')!;
    expect(acme.stage).toBe('applied');
    const saved = await imported(fixture('linkedin-saved-jobs.csv'));
    expect(saved.report).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(saved.report.warnings).toEqual([
      {
        line: 3,
        message: 'already imported from another file (linkedin-applications); a saved job changes nothing',
      },
    ]);
    expect((await rt.deps.db.getApplication(acme.id))?.stage).toBe('applied');
    expect(await rt.deps.db.countApplications()).toBe(4);
  });

  it('imports a deleted application again', async () => {
    const file = csv('Company,Role,Applied\nAcme,Engineer,2025-12-22\n');
    await imported(file);
    await rt.deps.db.deleteApplication((await rt.deps.db.listApplications())[0]!.id);
    expect((await imported(file)).report.created).toBe(1);
  });

  it('dry-runs: the same report as the real import, and nothing written', async () => {
    const before = await snapshot();
    const dry = await imported(fixture('teal.csv'), { dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await snapshot()).toEqual(before);
    const real = await imported(fixture('teal.csv'));
    expect({ ...real.report }).toEqual(dry.report);
    expect(real.rows.map((r) => [r.line, r.outcome, r.company])).toEqual(
      dry.rows.map((r) => [r.line, r.outcome, r.company]),
    );
  });

  it('hands back what needs the user, writing nothing: a date order, a mapping, a bad mapping, an unreadable file', async () => {
    expect((await importCsv(rt.deps, fixture('dates-ambiguous.csv'))).kind).toBe('needs-date-order');
    expect((await imported(fixture('dates-ambiguous.csv'), { dateOrder: 'DMY' })).report.created).toBe(3);
    expect((await importCsv(rt.deps, fixture('generic-unmapped.csv'))).kind).toBe('needs-mapping');
    expect((await importCsv(rt.deps, fixture('generic-unmapped.csv'), { map: 'Firm=firm' })).kind).toBe(
      'bad-mapping',
    );
    expect((await importCsv(rt.deps, csv('Company,Role\n"Acme,Engineer\n'))).kind).toBe('unreadable');
    expect(await rt.deps.db.countApplications()).toBe(3);
  });

  it('asks about an undecided date column whatever country the settings name, never guessing from it', async () => {
    await updateSettings(rt.deps, { country: 'US' });
    const result = await importCsv(rt.deps, fixture('dates-ambiguous.csv'));
    expect(result.kind).toBe('needs-date-order');
    expect(await rt.deps.db.countApplications()).toBe(0);
  });

  it('asks the confirm hook before writing, and writes nothing when it declines', async () => {
    const seen: string[] = [];
    const declined = await importCsv(
      rt.deps,
      fixture('teal.csv'),
      {},
      { confirm: (file) => (seen.push(file.format), false) },
    );
    expect(declined).toMatchObject({ kind: 'declined', file: { format: 'teal' } });
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect((await importCsv(rt.deps, fixture('teal.csv'), {}, { confirm: () => true })).kind).toBe(
      'imported',
    );
    expect(seen).toEqual(['teal']);
  });

  it('names a bad option', async () => {
    await expect(importCsv(rt.deps, csv('a'), { format: 'excel' as 'auto' })).rejects.toMatchObject({
      code: 'validation',
      field: 'format',
    });
    await expect(importCsv(rt.deps, csv('a'), { dateOrder: 'DDMMYY' as 'DMY' })).rejects.toMatchObject({
      field: 'dateOrder',
    });
  });

  it.each(['insertEvents', 'replacePlans', 'putImportKeys'] as const)(
    'writes nothing when %s fails half-way',
    async (method) => {
      const broken = { ...rt.deps, db: failingStore(rt.deps.db, method) };
      await expect(importCsv(broken, fixture('teal.csv'))).rejects.toThrow('disk full');
      expect(await snapshot()).toEqual(await snapshotOfEmpty());
    },
  );
});

async function snapshotOfEmpty() {
  return {
    format: 'hearback-export',
    version: 2,
    settings: null,
    profile: null,
    applications: [],
    contacts: [],
    events: [],
    actions: [],
    actionStates: [],
    outbox: [],
    mailRecords: [],
    keys: [],
  };
}
