import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { markDone, skip, snooze } from './act-on-action';
import { addApplication } from './add-application';
import { today } from './today';

let rt: TempRuntime;
let appId: string;
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  appId = (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', country: 'US', timezone: 'America/New_York', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io', phone: '+1 212 555 0100', phoneIsDirect: true }] })).application.id;
});
afterEach(() => rt.cleanup());

describe('acting on actions', () => {
  it('done records the matching event and moves the chain to the second follow-up', async () => {
    const result = await markDone(rt.deps, { actionId: `${appId}-fu1` });
    expect(result.event).toMatchObject({ kind: 'follow_up_sent', data: { actionId: `${appId}-fu1`, actionKind: 'follow_up', step: 1 } });
    expect(result.plan.actions.map((a) => a.id)).toEqual([`${appId}-fu2`]);
  });

  it('done by phone records a call with its outcome', async () => {
    const result = await markDone(rt.deps, { actionId: `${appId}-fu1`, channel: 'phone', outcome: 'shortlisted' });
    expect(result.event).toMatchObject({ kind: 'call', data: { outcome: 'shortlisted', actionKind: 'follow_up' } });
  });

  it('refuses to do the same action twice, saying when it was done', async () => {
    await markDone(rt.deps, { actionId: `${appId}-fu1` });
    await expect(markDone(rt.deps, { actionId: `${appId}-fu1` })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/already done on 2026-11-23/) });
  });

  it('says which action id is unknown', async () => {
    await expect(skip(rt.deps, { actionId: 'nope' })).rejects.toMatchObject({ code: 'not_found', field: 'actionId' });
  });

  it('snooze moves the action out of today into the coming days', async () => {
    expect((await today(rt.deps)).due.map((i) => i.action.id)).toEqual([`${appId}-fu1`]);
    await snooze(rt.deps, { actionId: `${appId}-fu1`, until: '2026-11-25' });
    const agenda = await today(rt.deps);
    expect(agenda.due).toEqual([]);
    expect(agenda.upcoming.map((i) => [i.action.id, i.action.due.start])).toEqual([[`${appId}-fu1`, '2026-11-25T12:00:00-05:00']]);
  });

  it('snoozes an action whose window opens later by a day past that window, not a day past now', async () => {
    const later = (await addApplication(rt.deps, { company: 'Hooli', role: 'Dev', appliedAt: '2026-11-19', country: 'US', timezone: 'America/New_York', contacts: [{ name: 'Gavin', email: 'gavin@hooli.io' }] })).application.id;
    const before = (await today(rt.deps)).upcoming.find((i) => i.action.id === `${later}-fu1`)!.action;
    expect(before.due.start).toBe('2026-11-30T09:00:00-05:00');
    const result = await snooze(rt.deps, { actionId: `${later}-fu1` });
    const after = result.plan.actions.find((a) => a.id === `${later}-fu1`)!;
    expect([after.due.start, after.reason]).toEqual(['2026-12-01T09:00:00-05:00', expect.stringMatching(/\(Snoozed\.\)$/)]);
  });

  it('refuses a snooze that ends before the window opens, naming when it opens', async () => {
    const later = (await addApplication(rt.deps, { company: 'Hooli', role: 'Dev', appliedAt: '2026-11-19', country: 'US', timezone: 'America/New_York', contacts: [{ name: 'Gavin', email: 'gavin@hooli.io' }] })).application.id;
    await expect(snooze(rt.deps, { actionId: `${later}-fu1`, until: '2026-11-25' })).rejects.toMatchObject({ code: 'validation', field: 'until', message: expect.stringContaining('Mon 30 Nov 09:00 (UTC-05:00)') });
  });

  it('rejects a snooze into the past', async () => {
    await expect(snooze(rt.deps, { actionId: `${appId}-fu1`, until: '2026-11-01T00:00:00Z' })).rejects.toMatchObject({ field: 'until' });
  });

  it('skip moves on to the next step', async () => {
    const result = await skip(rt.deps, { actionId: `${appId}-fu1` });
    expect(result.plan.actions.map((a) => a.id)).toEqual([`${appId}-fu2`]);
  });
});
