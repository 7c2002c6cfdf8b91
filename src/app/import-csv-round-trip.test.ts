import { describe, expect, it } from 'vitest';
import { useRuntimePair } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { exportApplicationsCsv } from './export-data';
import { importCsv } from './import-csv';
import { logEvent } from './log-event';
import { today } from './today';

const NOW = '2026-01-15T15:00:00Z';
const pair = useRuntimePair(NOW);

/** Exports the source store's CSV and imports it into the empty target store. */
async function carried(): Promise<{ first: string; warnings: string[] }> {
  const first = await exportApplicationsCsv(pair.source.deps);
  const result = await importCsv(pair.target.deps, new TextEncoder().encode(first));
  if (result.kind !== 'imported') throw new Error(`expected an import, got ${result.kind}`);
  return { first, warnings: result.report.warnings.map((w) => w.message) };
}

describe('hearback’s CSV carried into an empty store', () => {
  it('keeps a posting’s contact policy, byte for byte, and plans no follow-up against it', async () => {
    await addApplication(pair.source.deps, {
      company: 'Umbrella Health',
      role: 'SRE',
      appliedAt: '2026-01-02T15:00:00Z',
      policy: { noContact: true, noCalls: true },
      contacts: [{ name: 'Ada Wong', role: 'recruiter', email: 'ada@umbrella.example' }],
    });
    const { first } = await carried();
    expect(first).toContain(',"no contact; no calls",');
    const [app] = await pair.target.deps.db.listApplications();
    expect(app?.policy).toEqual({ noContact: true, noCalls: true, noAgencies: false, onlyShortlistedContacted: false });
    expect(await exportApplicationsCsv(pair.target.deps)).toBe(first);
    const planned = await pair.target.deps.db.listActions({ applicationId: app!.id });
    expect(planned.map((s) => s.action.kind)).not.toContain('follow_up');
  });

  it('dates an interview followed by a thank-you at the Last event on date, so no check-in is overdue', async () => {
    const { application } = await addApplication(pair.source.deps, {
      company: 'Pied Piper',
      role: 'Engineer',
      appliedAt: '2025-12-01T15:00:00Z',
      contacts: [{ name: 'Monica Hall', role: 'hiring_manager', email: 'monica@piedpiper.example' }],
    });
    const interview = { kind: 'interview', at: '2026-01-12T16:00:00Z', interviewers: [{ name: 'Jared Dunn' }] };
    await logEvent(pair.source.deps, { applicationId: application.id, ...interview });
    await logEvent(pair.source.deps, { applicationId: application.id, kind: 'thank_you_sent', at: '2026-01-13T14:00:00Z' });
    const { first, warnings } = await carried();
    expect(first).toContain(',Monica Hall,monica@piedpiper.example,,thank_you_sent,2026-01-13,');
    const events = await pair.target.deps.db.listEvents();
    expect(events.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['applied', '2025-12-01'],
      ['interview', '2026-01-13'],
    ]);
    expect(warnings).toEqual([
      'the last event (thank you sent, 2026-01-13) came after the interview; the interview is dated on that day, the latest it can have been',
    ]);
    expect((await today(pair.target.deps)).due.map((i) => i.action.kind)).not.toContain('check_in');
  });
});

describe('an edited export imported again', () => {
  const UNCHANGED = { created: 0, updated: 0, unchanged: 1 };
  const UPDATED = { created: 0, updated: 1, unchanged: 0 };
  async function exported() {
    const { application } = await addApplication(pair.source.deps, {
      company: 'Initech',
      role: 'Analyst',
      appliedAt: '2026-01-05T15:00:00Z',
      timezone: 'America/New_York',
      country: 'US',
      contacts: [{ name: 'Bill Lumbergh', role: 'hiring_manager', email: 'bill@initech.example' }],
    });
    const csv = await exportApplicationsCsv(pair.source.deps);
    const imported = await importCsv(pair.target.deps, new TextEncoder().encode(csv));
    if (imported.kind !== 'imported') throw new Error(`expected an import, got ${imported.kind}`);
    return { id: application.id, csv };
  }
  const reimport = async (csv: string) => {
    const result = await importCsv(pair.target.deps, new TextEncoder().encode(csv));
    if (result.kind !== 'imported') throw new Error(`expected an import, got ${result.kind}`);
    const { created, updated, unchanged } = result.report;
    return { created, updated, unchanged };
  };

  it('moves the application to the zone, country and region the file now gives, and plans in them', async () => {
    const { id, csv } = await exported();
    expect(await reimport(csv)).toEqual(UNCHANGED);
    const moved = csv.replace(',US,,America/New_York,', ',DE,BY,Europe/Berlin,');
    expect(moved).not.toBe(csv);
    expect(await reimport(moved)).toEqual(UPDATED);
    const app = await pair.target.deps.db.getApplication(id);
    expect(app).toMatchObject({ country: 'DE', region: 'BY', timezone: 'Europe/Berlin' });
    const [next] = await pair.target.deps.db.listActions({ applicationId: id });
    expect(next?.action.due.start).toMatch(/\+01:00$/);
    expect(await reimport(moved)).toEqual(UNCHANGED);
  });

  it('takes a contact policy the file now names, and keeps the stored one when the cell is empty', async () => {
    const { id, csv } = await exported();
    const closed = csv.replace(/,,(\d{4}-\d\d-\d\dT[^,]*,\d{4}-\d\d-\d\dT[^,]*,[^,\n]*)(\r?\n?)$/, ',no contact,$1$2');
    expect(await reimport(closed)).toEqual(UPDATED);
    expect((await pair.target.deps.db.getApplication(id))?.policy.noContact).toBe(true);
    const planned = await pair.target.deps.db.listActions({ applicationId: id });
    expect(planned.map((s) => s.action.kind)).not.toContain('follow_up');
    expect(await reimport(csv)).toEqual(UPDATED);
    expect((await pair.target.deps.db.getApplication(id))?.policy.noContact).toBe(true);
  });
});

describe('an export imported into the store it came from', () => {
  it('doubles nothing: every row is already there, and the report says so', async () => {
    await addApplication(pair.source.deps, { company: 'Hooli', role: 'Engineer', appliedAt: '2026-01-05T15:00:00Z' });
    await addApplication(pair.source.deps, { company: 'Aviato', role: 'Designer', appliedAt: '2026-01-06T15:00:00Z' });
    const csv = await exportApplicationsCsv(pair.source.deps);
    const result = await importCsv(pair.source.deps, new TextEncoder().encode(csv));
    if (result.kind !== 'imported') throw new Error(`expected an import, got ${result.kind}`);
    expect(result.report).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await pair.source.deps.db.countApplications()).toBe(2);
    expect(await exportApplicationsCsv(pair.source.deps)).toBe(csv);
  });
});
