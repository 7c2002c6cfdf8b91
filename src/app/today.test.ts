import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { isDemo, loadDemo, removeDemo } from './demo-data';
import { logEvent } from './log-event';
import { PLAN_VERSION_KEY } from './plan-version';
import { today } from './today';
import { updateSettings } from './update-settings';

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

describe('today', () => {
  it('splits what is due now from the next seven days, and drops what has expired', async () => {
    const a = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' });
    const b = await addApplication(rt.deps, { company: 'Globex', role: 'Engineer', appliedAt: '2026-11-18', timezone: 'America/New_York', country: 'US' });
    await logEvent(rt.deps, { applicationId: b.application.id, kind: 'interview', at: '2026-11-19T15:00:00Z' });
    const agenda = await today(rt.deps);
    expect(agenda.due.map((i) => i.action.kind)).toEqual(['follow_up']);
    expect(agenda.due[0]?.application).toEqual({ id: a.application.id, company: 'Acme', role: 'Engineer' });
    expect(agenda.upcoming).toEqual([]);
  });

  it('replans everything when the stored plans were made with other settings', async () => {
    await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' });
    await rt.deps.db.putMeta(PLAN_VERSION_KEY, 'stale');
    await rt.deps.db.replaceActions((await rt.deps.db.listApplications())[0]!.id, []);
    expect((await today(rt.deps)).due.map((i) => i.action.kind)).toEqual(['follow_up']);
  });

  it('replans on a settings change: the conservative playbook drops the follow-up', async () => {
    await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' });
    await updateSettings(rt.deps, { playbook: 'conservative' });
    expect((await today(rt.deps)).due).toEqual([]);
  });

  it('names the bad settings field', async () => {
    await expect(updateSettings(rt.deps, { sendWindow: { start: '11:30', end: '09:00' } })).rejects.toMatchObject({ field: 'sendWindow' });
    await expect(updateSettings(rt.deps, { country: 'DE', region: 'ZZ' })).rejects.toMatchObject({ field: 'region' });
  });
});

describe('demo data', () => {
  it('loads into an empty store with something due today, and is removed without a trace', async () => {
    await loadDemo(rt.deps);
    expect(await isDemo(rt.deps)).toBe(true);
    const agenda = await today(rt.deps);
    expect(new Set(agenda.due.map((i) => i.action.kind))).toEqual(new Set(['follow_up', 'thank_you', 'rejection_reply', 'check_in']));
    await removeDemo(rt.deps);
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect(await isDemo(rt.deps)).toBe(false);
  });

  it('refuses a store that holds real applications', async () => {
    await addApplication(rt.deps, { company: 'Mine', role: 'Real' });
    await expect(loadDemo(rt.deps)).rejects.toMatchObject({ code: 'store_not_empty' });
  });
});
