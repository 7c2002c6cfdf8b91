import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { draftAction } from './draft-action';
import { listApplications } from './list-applications';
import { updateProfile } from './profile';
import { todayWithDrafts } from './today-drafts';

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

describe('todayWithDrafts', () => {
  it('gives each item the same draft and findings as drafting that one action', async () => {
    await updateProfile(rt.deps, { name: 'Alex Doe', signature: 'Best,\nAlex' });
    const { application } = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io' }] });
    const agenda = await todayWithDrafts(rt.deps);
    expect(agenda.due.map((i) => i.action.id)).toEqual([`${application.id}-fu1`]);
    const single = await draftAction(rt.deps, `${application.id}-fu1`);
    const item = agenda.due[0];
    expect(item?.draft).toEqual({ subject: single.draft.subject, body: single.draft.body, to: single.draft.to, callScript: single.draft.callScript, findings: single.findings });
    expect(item?.draft.body).toContain('Dana');
  });

  it('drafts only what is due: upcoming items come without a draft', async () => {
    const { application } = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-20', timezone: 'America/New_York', country: 'US' });
    const agenda = await todayWithDrafts(rt.deps, { days: 14 });
    expect(agenda.due).toEqual([]);
    expect(agenda.upcoming.map((i) => i.action.id)).toEqual([`${application.id}-fu1`]);
    expect(agenda.upcoming[0]).not.toHaveProperty('draft');
  });

  it('is empty on an empty store', async () => {
    expect(await todayWithDrafts(rt.deps)).toEqual({ now: '2026-11-23T15:00:00.000Z', due: [], dueTotal: 0, upcoming: [], upcomingTotal: 0 });
  });
});

describe('listApplications', () => {
  it('gives each application its next live action, and filters by stage', async () => {
    const a = await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' });
    const b = await addApplication(rt.deps, { company: 'Globex', role: 'Engineer' });
    const all = await listApplications(rt.deps);
    expect(all.map((x) => [x.id, x.next?.kind ?? null])).toEqual([[a.application.id, 'follow_up'], [b.application.id, null]]);
    expect((await listApplications(rt.deps, { stage: 'saved' })).map((x) => x.id)).toEqual([b.application.id]);
  });
});
