import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { exportApplicationsCsv } from './export-data';
import { importCsv } from './import-csv';
import { logEvent } from './log-event';
import { today } from './today';

const NOW = '2026-01-15T15:00:00Z';
let source: TempRuntime;
let target: TempRuntime;
beforeEach(async () => {
  [source, target] = await Promise.all([tempRuntime(NOW), tempRuntime(NOW)]);
});
afterEach(async () => {
  await Promise.all([source.cleanup(), target.cleanup()]);
});

/** Exports the source store's CSV and imports it into the empty target store. */
async function carried(): Promise<{ first: string; warnings: string[] }> {
  const first = await exportApplicationsCsv(source.deps);
  const result = await importCsv(target.deps, new TextEncoder().encode(first));
  if (result.kind !== 'imported') throw new Error(`expected an import, got ${result.kind}`);
  return { first, warnings: result.report.warnings.map((w) => w.message) };
}

describe('hearback’s CSV carried into an empty store', () => {
  it('keeps a posting’s contact policy, byte for byte, and plans no follow-up against it', async () => {
    await addApplication(source.deps, {
      company: 'Umbrella Health',
      role: 'SRE',
      appliedAt: '2026-01-02T15:00:00Z',
      policy: { noContact: true, noCalls: true },
      contacts: [{ name: 'Ada Wong', role: 'recruiter', email: 'ada@umbrella.example' }],
    });
    const { first } = await carried();
    expect(first).toContain(',"no contact; no calls",');
    const [app] = await target.deps.db.listApplications();
    expect(app?.policy).toEqual({ noContact: true, noCalls: true, noAgencies: false, onlyShortlistedContacted: false });
    expect(await exportApplicationsCsv(target.deps)).toBe(first);
    const planned = await target.deps.db.listActions({ applicationId: app!.id });
    expect(planned.map((s) => s.action.kind)).not.toContain('follow_up');
  });

  it('dates an interview followed by a thank-you at the Last event on date, so no check-in is overdue', async () => {
    const { application } = await addApplication(source.deps, {
      company: 'Pied Piper',
      role: 'Engineer',
      appliedAt: '2025-12-01T15:00:00Z',
      contacts: [{ name: 'Monica Hall', role: 'hiring_manager', email: 'monica@piedpiper.example' }],
    });
    const interview = { kind: 'interview', at: '2026-01-12T16:00:00Z', interviewers: [{ name: 'Jared Dunn' }] };
    await logEvent(source.deps, { applicationId: application.id, ...interview });
    await logEvent(source.deps, { applicationId: application.id, kind: 'thank_you_sent', at: '2026-01-13T14:00:00Z' });
    const { first, warnings } = await carried();
    expect(first).toContain(',Monica Hall,monica@piedpiper.example,,thank_you_sent,2026-01-13,');
    const events = await target.deps.db.listEvents();
    expect(events.map((e) => [e.kind, e.at.slice(0, 10)])).toEqual([
      ['applied', '2025-12-01'],
      ['interview', '2026-01-13'],
    ]);
    expect(warnings).toEqual([
      'the last event (thank you sent, 2026-01-13) came after the interview; the interview is dated on that day, the latest it can have been',
    ]);
    expect((await today(target.deps)).due.map((i) => i.action.kind)).not.toContain('check_in');
  });
});
