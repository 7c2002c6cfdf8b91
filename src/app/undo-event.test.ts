import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { markDone } from './act-on-action';
import { addApplication } from './add-application';
import { logEvent } from './log-event';
import { undoEvent } from './undo-event';

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

const add = async (appliedAt?: string) =>
  (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', timezone: 'America/New_York', country: 'US', contacts: [{ name: 'Dana', email: 'dana@acme.io' }], ...(appliedAt ? { appliedAt } : {}) })).application.id;

describe('undoEvent', () => {
  it('undoes a drag to interviewing: the stage and the plan come back', async () => {
    const id = await add('2026-11-13');
    const before = (await rt.deps.db.listActions()).map((s) => s.action.id);
    const { event } = await logEvent(rt.deps, { applicationId: id, kind: 'interview', at: '2026-11-20T15:00:00Z' });
    expect((await rt.deps.db.getApplication(id))?.stage).toBe('interviewing');
    const undone = await undoEvent(rt.deps, event.id);
    expect(undone.application.stage).toBe('applied');
    expect(undone.event.id).toBe(event.id);
    expect(undone.actions.map((a) => a.id)).toEqual(before);
    expect(await rt.deps.db.getEvent(event.id)).toBeNull();
  });

  it('undoes marking an action done, so it is due again', async () => {
    const id = await add('2026-11-13');
    const done = await markDone(rt.deps, { actionId: `${id}-fu1` });
    const undone = await undoEvent(rt.deps, done.event?.id ?? '');
    expect(undone.actions.map((a) => a.id)).toContain(`${id}-fu1`);
  });

  it('undoes applying to a saved job: no application date, stage saved, nothing planned', async () => {
    const id = await add();
    const { event } = await logEvent(rt.deps, { applicationId: id, kind: 'applied', at: '2026-11-13' });
    expect((await rt.deps.db.getApplication(id))?.appliedAt).not.toBeNull();
    const undone = await undoEvent(rt.deps, event.id);
    expect(undone.application).toMatchObject({ appliedAt: null, stage: 'saved' });
    expect(undone.actions).toEqual([]);
  });

  it('says not_found for an unknown event', async () => {
    await expect(undoEvent(rt.deps, 'nope')).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });
});
