import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime();
});
afterEach(() => rt.cleanup());

describe('addApplication', () => {
  it('stores the application, its contact and the applied event, and plans the first follow-up', async () => {
    const result = await addApplication(rt.deps, { company: 'Acme Corp', role: 'Engineer', appliedAt: '2026-11-13', country: 'US', timezone: 'America/New_York', contacts: [{ name: 'Dana Smith', email: 'Dana@Acme.io' }] });
    const stored = await rt.deps.db.getApplication(result.application.id);
    expect(stored?.stage).toBe('applied');
    expect((await rt.deps.db.listContacts()).map((c) => c.email)).toEqual(['dana@acme.io']);
    expect((await rt.deps.db.listEvents()).map((e) => e.kind)).toEqual(['applied']);
    expect((await rt.deps.db.listActions()).map((s) => s.action.kind)).toEqual(['follow_up']);
  });

  it('reads a plain application date as noon in the employer zone, so it never slips a day', async () => {
    const result = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'Asia/Tokyo' });
    expect(result.application.appliedAt).toBe('2026-11-13T03:00:00.000Z');
  });

  it('takes the contact policy and decision date from the posting text', async () => {
    const postingText = 'Backend Engineer at Acme.\nPlease, no phone calls or emails. We will contact shortlisted candidates by 4 December 2026.';
    const result = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', postingText });
    expect(result.application.policy.noContact).toBe(true);
    expect(result.application.decisionBy).toBe('2026-12-04');
    expect(result.plan.actions.filter((a) => a.channel !== null)).toEqual([]);
    expect(result.plan.notes[0]?.message).toMatch(/asks not to be contacted/);
  });

  it('takes the employer’s country, region and zone from where the posting says the job is', async () => {
    const postingText = 'Senior Backend Engineer\nNorthwind Traders — Berlin, Germany\nAbout us: we build logistics software.';
    const result = await addApplication(rt.deps, { company: 'Northwind Traders', role: 'Senior Backend Engineer', appliedAt: '2026-11-13', postingText });
    expect(result.application).toMatchObject({ country: 'DE', region: 'BE', timezone: 'Europe/Berlin', location: 'Berlin, Germany' });
    // Noon on the day applied, in Berlin.
    expect(result.application.appliedAt).toBe('2026-11-13T11:00:00.000Z');
    const given = await addApplication(rt.deps, { company: 'Northwind Traders', role: 'R', postingText, country: 'US', timezone: 'America/New_York' });
    expect(given.application).toMatchObject({ country: 'US', region: null, timezone: 'America/New_York' });
  });

  it.each([
    [{ company: '', role: 'R' }, 'company'],
    [{ company: 'A', role: 'R', country: 'ZZ' }, 'country'],
    [{ company: 'A', role: 'R', country: 'DE', region: 'XX' }, 'region'],
    [{ company: 'A', role: 'R', timezone: 'Mars/Base' }, 'timezone'],
    [{ company: 'A', role: 'R', appliedAt: 'last week' }, 'appliedAt'],
    [{ company: 'A', role: 'R', contacts: [{ email: 'not-an-address' }] }, 'contacts.0.email'],
  ])('rejects %o naming %s, and writes nothing', async (input, field) => {
    await expect(addApplication(rt.deps, input)).rejects.toMatchObject({ code: 'validation', field });
    expect(await rt.deps.db.countApplications()).toBe(0);
  });

  it('writes nothing when planning fails half-way', async () => {
    const broken = { ...rt.deps, db: failingStore(rt.deps.db, 'replaceActions') };
    await expect(addApplication(broken, { company: 'A', role: 'R', appliedAt: '2026-11-13' })).rejects.toThrow('disk full');
    expect(await rt.deps.db.countApplications()).toBe(0);
  });
});
