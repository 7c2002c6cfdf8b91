import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { logEvent } from './log-event';

let rt: TempRuntime;
let appId: string;
beforeEach(async () => {
  rt = await tempRuntime();
  appId = (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', country: 'US', timezone: 'America/New_York', contacts: [{ name: 'Dana Smith', email: 'dana@acme.io', role: 'hiring_manager' }] })).application.id;
});
afterEach(() => rt.cleanup());

describe('logEvent', () => {
  it('turns named interviewers into contacts, matching existing ones by address, and plans a thank-you each', async () => {
    rt.clock.set('2026-11-24T16:00:00Z');
    const { plan } = await logEvent(rt.deps, { applicationId: appId, kind: 'interview', at: '2026-11-24T10:00:00-05:00', interviewers: [{ name: 'Dana Smith', email: 'dana@acme.io' }, { name: 'Lee Wong', email: 'lee@acme.io' }], discussed: ['moving billing to event sourcing'] });
    expect((await rt.deps.db.listContacts()).map((c) => c.name)).toEqual(['Dana Smith', 'Lee Wong']);
    expect(plan.actions.filter((a) => a.kind === 'thank_you').map((a) => a.contact?.name)).toEqual(['Dana Smith', 'Lee Wong']);
    expect((await rt.deps.db.getApplication(appId))?.stage).toBe('interviewing');
  });

  it('refuses the same event logged twice at the same time', async () => {
    await logEvent(rt.deps, { applicationId: appId, kind: 'reply', at: '2026-11-20T10:00:00Z' });
    await expect(logEvent(rt.deps, { applicationId: appId, kind: 'reply', at: '2026-11-20T10:00:00Z' })).rejects.toMatchObject({ code: 'conflict', field: 'at' });
  });

  it.each([
    [{ kind: 'bounce' }, 'address'],
    [{ kind: 'reply', discussed: ['x'] }, 'kind'],
    [{ kind: 'interview', nextStepDate: '4 Dec' }, 'nextStepDate'],
    [{ kind: 'call', contactId: 'nobody' }, 'contactId'],
  ])('rejects %o naming %s', async (input, field) => {
    await expect(logEvent(rt.deps, { applicationId: appId, ...input })).rejects.toMatchObject({ field });
  });

  it('keeps a free-text call outcome as "other" with the words in the note', async () => {
    const { event } = await logEvent(rt.deps, { applicationId: appId, kind: 'call', outcome: 'they will call back Friday' });
    expect([event.kind === 'call' && event.data.outcome, event.note]).toEqual(['other', 'they will call back Friday']);
  });

  it('leaves the store as it was when replanning fails', async () => {
    const before = await rt.deps.db.listEvents();
    await expect(logEvent({ ...rt.deps, db: failingStore(rt.deps.db, 'replaceActions') }, { applicationId: appId, kind: 'interview', interviewers: [{ name: 'New Person' }] })).rejects.toThrow('disk full');
    expect(await rt.deps.db.listEvents()).toEqual(before);
    expect((await rt.deps.db.listContacts()).map((c) => c.name)).toEqual(['Dana Smith']);
  });
});
